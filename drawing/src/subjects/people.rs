//! People subjects. Each has a main person in front, drawn in the picture's own colours,
//! whose `hand` (raised, waving, holding something or resting) and `ears` anchors the
//! tells use; anyone else is a shared figure with colours of their own.

use lesson::People;

use super::backdrops::*;
use super::figures::{PERSON, TREE};
use crate::recipe::Paint::{self, Fix, Slot as S};
use crate::recipe::Part::{self, *};
use crate::recipe::Slot::*;
use crate::recipe::{Backdrop, Hand, Recipe};
use crate::text::TextBox;
use crate::Anchor;

pub(super) fn recipe(subject: People) -> &'static Recipe {
    match subject {
        People::Portrait => &PORTRAIT,
        People::Family => &FAMILY,
        People::Group => &GROUP,
        People::Crowd => &CROWD,
        People::Worker => &WORKER,
        People::Pupil => &PUPIL,
        People::Doctor => &DOCTOR,
        People::Selfie => &SELFIE,
        People::Speaker => &SPEAKER,
    }
}

/// A person whose clothes run on down out of the frame: for people standing in a group.
const MEMBER: &[Part] = &[Fill(S(Cloth), "M-95 128L95 128L88 320L-88 320z"), At(PERSON, 0.0, 0.0, 1.0)];

/// Head and shoulders against a soft indoor wall, one hand raised as if mid-sentence.
const PORTRAIT: Recipe = Recipe {
    backdrop: &WALL,
    parts: &[
        At(PERSON, 160.0, 82.0, 1.0),
        Faint(Fix("#000000"), 0.18, "M256.5 212.4L252.7 207.1L247 199.3L240.5 190.4L234 181.4L228.4 173.7L224.5 168.4L203.5 183.6L207.3 188.9L213 196.7L219.5 205.6L226 214.6L231.6 222.3L235.5 227.6z"),
        Fill(S(Cloth), "M264.5 212.4L260.7 207.1L255 199.3L248.5 190.4L242 181.4L236.4 173.7L232.5 168.4L211.5 183.6L215.3 188.9L221 196.7L227.5 205.6L234 214.6L239.6 222.3L243.5 227.6z"),
        Faint(Fix("#ffffff"), 0.12, "M264.5 212.4L260.7 207.1L255 199.3L248.5 190.4L242 181.4L236.4 173.7L232.5 168.4L211.5 183.6L215.3 188.9L221 196.7L227.5 205.6L234 214.6L239.6 222.3L243.5 227.6z"),
        Fill(S(Skin), "M231.2 175.9L230.6 173.5L229.8 170L228.7 165.9L227.7 161.9L226.8 158.3L226.2 155.9L209.8 160.1L210.4 162.5L211.2 166L212.3 170.1L213.3 174.1L214.2 177.7L214.8 180.1z"),
    ],
    shift: 24.0,
    text: None,
    hand: Some(Hand { x: 222.0, y: 150.0, scale: 1.3, turn: 12.0 }),
    ears: Some([(131.0, 85.0), (189.0, 85.0)]),
    ground: (160.0, 178.0, 150.0),
};

/// A warm living room: a picture on the wall, a standing lamp, a wooden floor.
const LIVING_ROOM: Backdrop = Backdrop {
    skies: &[("#e9d3b0", "#c9a57a"), ("#e6cfc2", "#b9907f"), ("#d5dcc8", "#a3ae8f"), ("#d9d3e3", "#a99fba")],
    parts: &[
        Fill(Fix("#6b4a32"), "M36 18h70v48h-70z"),
        Fill(Fix("#f1ead8"), "M41 23h60v38h-60z"),
        Fill(S(Wall), "M46 28h50v28h-50z"),
        Fill(S(Green), "M46 56C37.7 54.3 43.3 48.7 46 46C48.7 43.3 56.7 40 62 40C67.3 40 72.3 45.7 78 46C83.7 46.3 93 40.3 96 42C99 43.7 104.3 53.7 96 56C87.7 58.3 54.3 57.7 46 56z"),
        Line(Fix("#4a3a30"), 2.0, "M296 44V158M284 158h24"),
        Fill(Fix("#f6e7c1"), "M282 22h28l6 26h-40z"),
        Faint(Fix("#fff4c8"), 0.25, "M266 40a30 30 0 1 0 60 0a30 30 0 1 0 -60 0z"),
        Fill(Fix("#8a6a4a"), "M0 160h320v20h-320z"),
        Faint(Fix("#000000"), 0.15, "M0 160h320v3h-320z"),
    ],
    horizon: 160.0,
};

/// Two adults and a child side by side on a sofa in a living room; the adult on the right waves.
const FAMILY: Recipe = Recipe {
    backdrop: &LIVING_ROOM,
    parts: &[
        Fill(S(Roof), "M58 82h204a18 18 0 0 1 18 18v34a18 18 0 0 1 -18 18h-204a18 18 0 0 1 -18 -18v-34a18 18 0 0 1 18 -18z"),
        Faint(Fix("#000000"), 0.12, "M40 120h240v32h-240z"),
        Use(PERSON, 92.0, 80.0, 0.5),
        Use(PERSON, 162.0, 96.0, 0.36),
        At(PERSON, 232.0, 78.0, 0.48),
        Fill(S(Roof), "M58 136h204a8 8 0 0 1 8 8v12a8 8 0 0 1 -8 8h-204a8 8 0 0 1 -8 -8v-12a8 8 0 0 1 8 -8z"),
        Faint(Fix("#000000"), 0.2, "M50 156h220v8h-220z"),
        Fill(S(Roof), "M36 108h10a12 12 0 0 1 12 12v36a12 12 0 0 1 -12 12h-10a12 12 0 0 1 -12 -12v-36a12 12 0 0 1 12 -12zM274 108h10a12 12 0 0 1 12 12v36a12 12 0 0 1 -12 12h-10a12 12 0 0 1 -12 -12v-36a12 12 0 0 1 12 -12z"),
        Faint(Fix("#ffffff"), 0.12, "M29 108h24a5 5 0 0 1 5 5v0a5 5 0 0 1 -5 5h-24a5 5 0 0 1 -5 -5v0a5 5 0 0 1 5 -5zM267 108h24a5 5 0 0 1 5 5v0a5 5 0 0 1 -5 5h-24a5 5 0 0 1 -5 -5v0a5 5 0 0 1 5 -5z"),
        Fill(Fix("#3a2a20"), "M34 168h8v8h-8zM278 168h8v8h-8z"),
        // laps and legs
        Fill(Fix("#3d5a80"), "M76 134h34a8 8 0 0 1 8 8v2a8 8 0 0 1 -8 8h-34a8 8 0 0 1 -8 -8v-2a8 8 0 0 1 8 -8zM72 146h17v28h-17zM97 146h17v28h-17z"),
        Fill(Fix("#7a6a58"), "M152 138h22a6 6 0 0 1 6 6v2a6 6 0 0 1 -6 6h-22a6 6 0 0 1 -6 -6v-2a6 6 0 0 1 6 -6zM149 146h12v22h-12zM165 146h12v22h-12z"),
        Fill(Fix("#37474f"), "M215 134h34a8 8 0 0 1 8 8v2a8 8 0 0 1 -8 8h-34a8 8 0 0 1 -8 -8v-2a8 8 0 0 1 8 -8zM211 146h17v28h-17zM236 146h17v28h-17z"),
        Fill(Fix("#2a2320"), "M69 175a11 4 0 1 0 22 0a11 4 0 1 0 -22 0zM95 175a11 4 0 1 0 22 0a11 4 0 1 0 -22 0zM147 169a8 3 0 1 0 16 0a8 3 0 1 0 -16 0zM163 169a8 3 0 1 0 16 0a8 3 0 1 0 -16 0zM208 175a11 4 0 1 0 22 0a11 4 0 1 0 -22 0zM234 175a11 4 0 1 0 22 0a11 4 0 1 0 -22 0z"),
        // the waving arm
        Fill(S(Cloth), "M245.7 114.1L248 116.5L251.4 120.4L255.6 124.9L260 129.2L264.6 132.7L272.5 133.5L277.1 127.4L278.1 121.5L278.2 115.2L278.1 108.8L278 103.5L278 100L266 100L266 103.7L266.1 109.1L266.3 115.1L266.1 120.6L265.6 124L267.5 122.5L270.3 122.2L267.9 120.2L264.2 116.6L260.3 112.3L256.8 108.4L254.3 105.9z"),
        Fill(S(Skin), "M275 103.5L274.8 102.5L274.7 101.1L274.5 99.5L274.3 97.9L274.1 96.5L274 95.5L266 96.5L266.2 97.5L266.3 98.9L266.5 100.5L266.7 102.1L266.9 103.5L267 104.5z"),
    ],
    shift: 6.0,
    text: None,
    hand: Some(Hand { x: 271.0, y: 90.0, scale: 0.62, turn: 14.0 }),
    ears: Some([(218.1, 79.4), (245.9, 79.4)]),
    ground: (160.0, 176.0, 240.0),
};

/// Five people standing together outdoors, trees behind; the one in front waves.
const GROUP: Recipe = Recipe {
    backdrop: &LAWN,
    parts: &[
        Use(TREE, 24.0, 128.0, 1.7),
        Use(TREE, 100.0, 128.0, 1.4),
        Use(TREE, 196.0, 128.0, 1.8),
        Use(TREE, 290.0, 128.0, 1.5),
        Use(MEMBER, 64.0, 70.0, 0.42),
        Use(MEMBER, 160.0, 64.0, 0.42),
        Use(MEMBER, 256.0, 72.0, 0.42),
        Use(MEMBER, 110.0, 94.0, 0.5),
        At(MEMBER, 212.0, 96.0, 0.5),
        Fill(S(Cloth), "M229.7 136.9L232.4 139.3L236.5 143.2L241.5 147.8L246.7 152.1L252.4 155.6L260.6 156L265.9 149.8L267.4 143.4L268 136.5L268.2 129.7L268.3 124L268.5 120.3L255.5 119.7L255.3 123.6L255.2 129.4L255 135.8L254.5 141.5L253.8 145.1L255.4 144L257.4 143.6L254.4 141.6L250 138L245.4 133.7L241.3 129.7L238.3 127.1z"),
        Fill(S(Skin), "M266.5 123.6L266.4 122.3L266.2 120.6L266 118.6L265.8 116.5L265.6 114.8L265.5 113.6L256.5 114.4L256.6 115.7L256.8 117.4L257 119.4L257.2 121.5L257.4 123.2L257.5 124.4z"),
    ],
    shift: 12.0,
    text: None,
    hand: Some(Hand { x: 262.0, y: 107.0, scale: 0.66, turn: 10.0 }),
    ears: Some([(197.5, 97.5), (226.5, 97.5)]),
    ground: (160.0, 178.0, 260.0),
};

/// A town square: sky over distant buildings and trees, paving underfoot.
const SQUARE: Backdrop = Backdrop {
    skies: &[("#6fa8dc", "#d9eaf7"), ("#8fbce6", "#f3ead8"), ("#a9b8c6", "#e9edf0"), ("#4f86c6", "#c9def0")],
    parts: &[
        Faint(
            Fix("#7f8a91"),
            0.6,
            "M0 40h40v60h-40zM44 24h46v76h-46zM200 30h36v70h-36zM240 50h50v50h-50zM292 20h28v80h-28z",
        ),
        Use(TREE, 120.0, 100.0, 1.4),
        Use(TREE, 168.0, 100.0, 1.2),
        Fill(Fix("#a39c90"), "M0 96h320v84h-320z"),
    ],
    horizon: 96.0,
};

/// One row of a crowd: heads and shoulders side by side, head centres on y = 0, 180 apart.
const CROWD_ROW: &[Part] = &[
    Fill(S(Cloth), "M-1604.3 129.9C-1597.3 47.9 -1554.3 39.9 -1509.3 39.9C-1464.3 39.9 -1421.3 47.9 -1414.3 129.9zM-201.4 132.3C-194.4 50.3 -151.4 42.3 -106.4 42.3C-61.4 42.3 -18.4 50.3 -11.4 132.3zM352.1 129.8C359.1 47.8 402.1 39.8 447.1 39.8C492.1 39.8 535.1 47.8 542.1 129.8z"),
    Fill(S(Cloth2), "M-1237.6 143.4C-1230.6 61.4 -1187.6 53.4 -1142.6 53.4C-1097.6 53.4 -1054.6 61.4 -1047.6 143.4zM-717.6 118.5C-710.6 36.5 -667.6 28.5 -622.6 28.5C-577.6 28.5 -534.6 36.5 -527.6 118.5zM700.5 128.5C707.5 46.5 750.5 38.5 795.5 38.5C840.5 38.5 883.5 46.5 890.5 128.5zM1246.7 118C1253.7 36 1296.7 28 1341.7 28C1386.7 28 1429.7 36 1436.7 118z"),
    Fill(S(Bright), "M-920.8 141.6C-913.8 59.6 -870.8 51.6 -825.8 51.6C-780.8 51.6 -737.8 59.6 -730.8 141.6zM-375.6 117.2C-368.6 35.2 -325.6 27.2 -280.6 27.2C-235.6 27.2 -192.6 35.2 -185.6 117.2zM179.3 124.6C186.3 42.6 229.3 34.6 274.3 34.6C319.3 34.6 362.3 42.6 369.3 124.6z"),
    Fill(S(Bright2), "M-1466.9 122.8C-1459.9 40.8 -1416.9 32.8 -1371.9 32.8C-1326.9 32.8 -1283.9 40.8 -1276.9 122.8zM-7.2 122.3C-0.2 40.3 42.8 32.3 87.8 32.3C132.8 32.3 175.8 40.3 182.8 122.3zM533.5 142C540.5 60 583.5 52 628.5 52C673.5 52 716.5 60 723.5 142zM1102.9 127.6C1109.9 45.6 1152.9 37.6 1197.9 37.6C1242.9 37.6 1285.9 45.6 1292.9 127.6z"),
    Fill(Fix("#3a3f44"), "M-1100.7 133.3C-1093.7 51.3 -1050.7 43.3 -1005.7 43.3C-960.7 43.3 -917.7 51.3 -910.7 133.3zM-527.4 143C-520.4 61 -477.4 53 -432.4 53C-387.4 53 -344.4 61 -337.4 143zM871.4 129.3C878.4 47.3 921.4 39.3 966.4 39.3C1011.4 39.3 1054.4 47.3 1061.4 129.3zM1436.3 118.1C1443.3 36.1 1486.3 28.1 1531.3 28.1C1576.3 28.1 1619.3 36.1 1626.3 118.1z"),
    Fill(S(Skin), "M-1400.9 -7.2a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM-1384.9 6.8v30h26v-30zM-651.6 -11.5a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM-635.6 2.5v30h26v-30zM58.8 -7.7a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM74.8 6.3v30h26v-30zM766.5 -1.5a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM782.5 12.5v30h26v-30zM1502.3 -11.9a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM1518.3 2.1v30h26v-30z"),
    Fill(Fix("#e3b08a"), "M-1538.3 -0.1a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM-1522.3 13.9v30h26v-30zM-854.8 11.6a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM-838.8 25.6v30h26v-30zM-135.4 2.3a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM-119.4 16.3v30h26v-30zM599.5 12a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM615.5 26v30h26v-30zM1312.7 -12a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM1328.7 2v30h26v-30z"),
    Fill(Fix("#8a5a3a"), "M-1034.7 3.3a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM-1018.7 17.3v30h26v-30zM-309.6 -12.8a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM-293.6 1.2v30h26v-30zM418.1 -0.2a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM434.1 13.8v30h26v-30zM1168.9 -2.4a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM1184.9 11.6v30h26v-30z"),
    Fill(Fix("#f3d5b5"), "M-1171.6 13.4a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM-1155.6 27.4v30h26v-30zM-461.4 13a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM-445.4 27v30h26v-30zM245.3 -5.4a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM261.3 8.6v30h26v-30zM937.4 -0.7a29 36 0 1 0 58 0a29 36 0 1 0 -58 0zM953.4 13.3v30h26v-30z"),
    Fill(S(Hair), "M-1173.6 17.4C-1176.6 -41.6 -1108.6 -41.6 -1111.6 17.4C-1118.6 -6.6 -1166.6 -6.6 -1173.6 17.4zM-653.6 -7.5C-656.6 -66.5 -588.6 -66.5 -591.6 -7.5C-598.6 -31.5 -646.6 -31.5 -653.6 -7.5zM-137.4 6.3C-140.4 -52.7 -72.4 -52.7 -75.4 6.3C-82.4 -17.7 -130.4 -17.7 -137.4 6.3zM935.4 3.3C932.4 -55.7 1000.4 -55.7 997.4 3.3C990.4 -20.7 942.4 -20.7 935.4 3.3zM1500.3 -7.9C1497.3 -66.9 1565.3 -66.9 1562.3 -7.9C1555.3 -31.9 1507.3 -31.9 1500.3 -7.9z"),
    Fill(Fix("#2b1d14"), "M-1402.9 -3.2C-1405.9 -62.2 -1337.9 -62.2 -1340.9 -3.2C-1347.9 -27.2 -1395.9 -27.2 -1402.9 -3.2zM-856.8 15.6C-859.8 -43.4 -791.8 -43.4 -794.8 15.6C-801.8 -8.4 -849.8 -8.4 -856.8 15.6zM243.3 -1.4C240.3 -60.4 308.3 -60.4 305.3 -1.4C298.3 -25.4 250.3 -25.4 243.3 -1.4zM764.5 2.5C761.5 -56.5 829.5 -56.5 826.5 2.5C819.5 -21.5 771.5 -21.5 764.5 2.5zM1310.7 -8C1307.7 -67 1375.7 -67 1372.7 -8C1365.7 -32 1317.7 -32 1310.7 -8z"),
    Fill(Fix("#5a4030"), "M-1540.3 3.9C-1543.3 -55.1 -1475.3 -55.1 -1478.3 3.9C-1485.3 -20.1 -1533.3 -20.1 -1540.3 3.9zM-463.4 17C-466.4 -42 -398.4 -42 -401.4 17C-408.4 -7 -456.4 -7 -463.4 17zM56.8 -3.7C53.8 -62.7 121.8 -62.7 118.8 -3.7C111.8 -27.7 63.8 -27.7 56.8 -3.7zM597.5 16C594.5 -43 662.5 -43 659.5 16C652.5 -8 604.5 -8 597.5 16z"),
];

/// A crowd outdoors: rows of heads and shoulders going back into the distance, a few
/// holding up blank placards; the person in front holds one high.
const CROWD: Recipe = Recipe {
    backdrop: &SQUARE,
    parts: &[
        Shift(30.0, 0.0, &[Use(CROWD_ROW, 160.0, 84.0, 0.13), UseFlipped(CROWD_ROW, 170.0, 93.0, 0.16)]),
        Faint(Fix("#ffffff"), 0.18, "M0 60h320v60h-320z"),
        Line(Fix("#7b5539"), 1.4, "M74 70L74 96M281 64L281 92"),
        Fill(S(Paper), "M62 56h24v16h-24zM270 52h22v14h-22z"),
        Shift(30.0, 0.0, &[Use(CROWD_ROW, 150.0, 104.0, 0.2), UseFlipped(CROWD_ROW, 160.0, 118.0, 0.25)]),
        Faint(Fix("#ffffff"), 0.1, "M0 80h320v70h-320z"),
        Line(Fix("#7b5539"), 2.0, "M40 82L40 124"),
        Fill(Fix("#f2d13a"), "M24 66h32v20h-32z"),
        Shift(30.0, 0.0, &[Use(CROWD_ROW, 120.0, 136.0, 0.32)]),
        Use(PERSON, 44.0, 156.0, 0.46),
        Use(PERSON, 286.0, 152.0, 0.46),
        At(PERSON, 160.0, 146.0, 0.5),
        Line(Fix("#7b5539"), 3.0, "M212 70L212 134"),
        Fill(S(Paper), "M186 40h52v34h-52z"),
        Faint(Fix("#000000"), 0.1, "M186 70h52v4h-52z"),
        Fill(S(Cloth), "M196.6 184.3L198.5 178.8L201.4 170.7L204.6 161.3L207.9 151.9L210.7 143.8L212.6 138.3L199.4 133.7L197.5 139.2L194.6 147.3L191.4 156.7L188.1 166.1L185.3 174.2L183.4 179.7z"),
        Fill(S(Skin), "M210.4 138.9L210.8 137.3L211.3 134.8L211.9 131.9L212.5 129.1L213 126.6L213.4 124.9L204.6 123.1L204.2 124.7L203.7 127.2L203.1 130.1L202.5 132.9L202 135.4L201.6 137.1z"),
    ],
    shift: 0.0,
    text: None,
    hand: Some(Hand { x: 210.0, y: 114.0, scale: 0.7, turn: 0.0 }),
    ears: Some([(145.5, 147.5), (174.5, 147.5)]),
    ground: (160.0, 178.0, 280.0),
};

/// An office behind: a window with blinds, a clock.
const OFFICE: Backdrop = Backdrop {
    skies: &[("#eceff1", "#cfd6dc"), ("#efe8dc", "#d6cbb8"), ("#e2ebe6", "#bccbc3"), ("#e6e3ee", "#c4bfd3")],
    parts: &[
        Fill(Fix("#f7f9fa"), "M18 12h92v80h-92z"),
        Fill(Fix("#bcd6ea"), "M22 16h84v72h-84z"),
        Line(Fix("#e3e8ec"), 3.0, "M22 23h84M22 30h84M22 37h84M22 44h84M22 51h84M22 58h84M22 65h84M22 72h84M22 79h84M22 86h84"),
        Fill(Fix("#fdfdfd"), "M273 30a13 13 0 1 0 26 0a13 13 0 1 0 -26 0z"),
        Line(Fix("#37474f"), 1.6, "M273 30a13 13 0 1 0 26 0a13 13 0 1 0 -26 0zM286 30v-8M286 30h6"),
        Fill(Fix("#6b8f4a"), "M296 120C296 105.7 302.4 104.4 304 94C305.6 104.4 312 105.7 312 120zM308 118C308 105.9 312.8 104.8 314 96C315.2 104.8 320 105.9 320 118zM291 118C291 108.1 295 107.2 296 100C297 107.2 301 108.1 301 118z"),
        Fill(Fix("#b3543f"), "M294 116h20l-3 22h-14z"),
    ],
    horizon: 140.0,
};

/// A person at an office desk: a computer monitor beside them, a keyboard, a mug in hand.
const WORKER: Recipe = Recipe {
    backdrop: &OFFICE,
    parts: &[
        At(PERSON, 128.0, 78.0, 0.66),
        // the desk
        Fill(Fix("#d9d2c5"), "M0 138h320v8h-320z"),
        Fill(Fix("#b8ad9c"), "M0 146h320v34h-320z"),
        Faint(Fix("#000000"), 0.12, "M0 146h320v4h-320z"),
        // the monitor, turned a little towards us
        Fill(Fix("#3a3f44"), "M230 112h12v26h-12zM216 136h40v4h-40z"),
        Fill(Fix("#24282c"), "M186 50L290 44L290 118L186 112z"),
        Fill(S(Bright), "M191 55L285 50L285 112L191 107z"),
        Faint(Fix("#ffffff"), 0.8, "M198 64L250 61L250 98L198 100z"),
        Line(Fix("#9aa1a8"), 2.0, "M204 70L240 68M204 78L244 76M204 86L236 84"),
        // keyboard
        Fill(Fix("#e9ecef"), "M100 134L178 134L184 142L94 142z"),
        Line(Fix("#b8bec2"), 1.0, "M100 137L178 137M98 139.5L180 139.5"),
        // a mug held up
        Fill(S(Bright2), "M50 100h24a4 4 0 0 1 4 4v28a4 4 0 0 1 -4 4h-24a4 4 0 0 1 -4 -4v-28a4 4 0 0 1 4 -4z"),
        Line(S(Bright2), 3.4, "M46 107c-12 0 -12 19 0 19"),
        Faint(Fix("#ffffff"), 0.25, "M72 103h4v30h-4z"),
        Faint(Fix("#ffffff"), 0.5, "M54 96C54.7 95 57.7 92 58 90C58.3 88 55.7 86 56 84C56.3 82 59.3 79 60 78M64 96C64.7 95 67.7 92 68 90C68.3 88 65.7 86 66 84C66.3 82 69.3 79 70 78"),
        Faint(Fix("#000000"), 0.15, "M116.4 137.3L112.5 134.8L106.9 131.1L100.4 126.8L93.9 122.5L88.2 118.8L84.4 116.3L75.6 129.7L79.5 132.2L85.1 135.9L91.6 140.2L98.1 144.5L103.8 148.2L107.6 150.7z"),
        Fill(S(Cloth), "M116.1 135.7L112.3 133.2L106.6 129.5L100.1 125.2L93.6 121L88 117.3L84.1 114.7L75.9 127.3L79.7 129.8L85.4 133.5L91.9 137.8L98.4 142L104 145.7L107.9 148.3z"),
    ],
    shift: 10.0,
    text: None,
    hand: Some(Hand { x: 66.0, y: 118.0, scale: 0.82, turn: -90.0 }),
    ears: Some([(108.9, 80.0), (147.1, 80.0)]),
    ground: (140.0, 140.0, 200.0),
};

/// A classroom wall with a whiteboard.
const CLASSROOM: Backdrop = Backdrop {
    skies: &[("#e8e4d8", "#cfc8b4"), ("#dfe6ea", "#b8c6ce"), ("#efe3cf", "#d8c2a0"), ("#e4ead8", "#c2cdb0")],
    parts: &[
        Fill(Fix("#9ea7ad"), "M34 12h252v92h-252z"),
        Fill(Fix("#fbfcfc"), "M38 16h244v84h-244z"),
        Faint(Fix("#9ea7ad"), 0.25, "M220 16L282 16L282 40L190 100L160 100z"),
        OneOf(&[
            &[
                Line(Fix("#2e5fae"), 2.0, "M50 30L58 44M58 30L50 44M64 37L72 37M68 33L68 41M78 31C79 30.7 82.7 28.3 84 29C85.3 29.7 87 32.5 86 35C85 37.5 77.7 42.5 78 44C78.3 45.5 86.3 44 88 44M94 35L102 35M94 39L102 39M108 30C109.3 30 115.7 28.8 116 30C116.3 31.2 109.8 35.3 110 37C110.2 38.7 117.3 38.8 117 40C116.7 41.2 109.5 43.3 108 44"),
                Line(Fix("#c0392b"), 1.8, "M50 56L120 56M50 66L104 66"),
                Line(Fix("#2a2a2a"), 1.6, "M50 80L96 80M50 88L110 88"),
            ],
            &[
                Line(Fix("#2a2a2a"), 1.6, "M56 26L56 88L150 88"),
                Fill(Fix("#2e5fae"), "M66 60h14v28h-14zM88 44h14v44h-14zM110 70h14v18h-14zM132 36h14v52h-14z"),
                Line(Fix("#c0392b"), 1.8, "M176 34L260 34M176 48L244 48M176 62L252 62"),
            ],
            &[
                Line(Fix("#2e5fae"), 2.0, "M64 56a26 26 0 1 0 52 0a26 26 0 1 0 -52 0zM90 30L90 82M64 56L116 56"),
                Line(Fix("#2a2a2a"), 1.6, "M140 32L250 32M140 46L230 46M140 60L244 60M140 74L210 74"),
            ],
        ]),
        Fill(Fix("#9ea7ad"), "M30 104h260v4h-260z"),
    ],
    horizon: 140.0,
};

/// A pupil in school uniform (jumper, white shirt and tie) at a classroom desk,
/// hand up to answer, a whiteboard behind.
const PUPIL: Recipe = Recipe {
    backdrop: &CLASSROOM,
    parts: &[
        At(PERSON, 150.0, 82.0, 0.6),
        // shirt collar and tie in the jumper's V
        Fill(Fix("#f7f7f2"), "M139 107L161 107L150 128z"),
        Fill(S(Bright), "M147.5 108L152.5 108L154 124L150 128L146 124z"),
        Line(Fix("#000000"), 0.8, "M139 107L150 128L161 107"),
        Maybe(50, &[Fill(S(Bright2), "M168 116L178 116L178 124L173 128L168 124z")]),
        // the raised arm
        Fill(S(Cloth), "M192.3 130.1L194.3 127L197.3 122.6L200.9 117.2L204.7 111.2L208.2 105L211 98.6L213 92L214.5 85L215.6 78.2L216.3 71.9L216.9 66.7L217.4 63L202.6 61L202 64.8L201.4 70.1L200.7 76.1L199.7 82.4L198.5 88.3L197 93.4L194.8 98.2L191.8 103.6L188.3 109L184.9 114.2L181.9 118.6L179.7 121.9z"),
        Fill(S(Skin), "M214.5 66.4L214.6 65.2L214.8 63.5L215 61.4L215.2 59.4L215.4 57.7L215.5 56.4L206.5 55.6L206.4 56.8L206.2 58.5L206 60.6L205.8 62.6L205.6 64.3L205.5 65.6z"),
        // the desk, a book and a pencil
        Fill(S(Wood), "M60 146h200v10h-200z"),
        Faint(Fix("#000000"), 0.25, "M60 156h200v3h-200z"),
        Fill(S(Wood), "M66 159h188v21h-188z"),
        Faint(Fix("#000000"), 0.3, "M66 159h188v21h-188z"),
        Fill(Fix("#f7f3e8"), "M104 140L150 140L152 148L102 148z"),
        Line(Fix("#9aa1a8"), 0.8, "M127 140v8"),
        Line(Fix("#e0a020"), 2.2, "M160 145L190 141"),
    ],
    shift: 12.0,
    text: None,
    hand: Some(Hand { x: 211.0, y: 50.0, scale: 0.72, turn: 6.0 }),
    ears: Some([(132.6, 83.8), (167.4, 83.8)]),
    ground: (160.0, 146.0, 200.0),
};

/// A clinic: a pale wall, an eye chart, a curtain on a rail.
const CLINIC: Backdrop = Backdrop {
    skies: &[("#e8f1f2", "#c4d9dc"), ("#eef2f5", "#cbd5de"), ("#e6efe9", "#bfd3c8")],
    parts: &[
        Line(Fix("#9ea7ad"), 2.0, "M0 14h110"),
        Fill(Fix("#9fc3c9"), "M0 16L96 16L100 130L0 130z"),
        Faint(Fix("#000000"), 0.1, "M12 18h6v112h-6zM36 18h6v112h-6zM60 18h6v112h-6zM84 18h5v112h-5z"),
        Fill(Fix("#fbfcfc"), "M236 20h50v66h-50z"),
        Fill(Fix("#2a2a2a"), "M254.7 26h9v9h-9zM252.6 44h6v6h-6zM261 44h6v6h-6zM251.6 56h4.5v4.5h-4.5zM257.8 56h4.5v4.5h-4.5zM264.2 56h4.5v4.5h-4.5zM252 65h3.2v3.2h-3.2zM256.5 65h3.2v3.2h-3.2zM261 65h3.2v3.2h-3.2zM265.5 65h3.2v3.2h-3.2zM252.6 71.4h2.4v2.4h-2.4zM256 71.4h2.4v2.4h-2.4zM259.3 71.4h2.4v2.4h-2.4zM262.7 71.4h2.4v2.4h-2.4zM266 71.4h2.4v2.4h-2.4zM253.4 76.2h1.8v1.8h-1.8zM256 76.2h1.8v1.8h-1.8zM258.5 76.2h1.8v1.8h-1.8zM261 76.2h1.8v1.8h-1.8zM263.5 76.2h1.8v1.8h-1.8zM266 76.2h1.8v1.8h-1.8z"),
        Fill(Fix("#aebfc6"), "M0 126h320v54h-320z"),
        Fill(Fix("#e9eef0"), "M0 124h320v4h-320z"),
    ],
    horizon: 130.0,
};

/// A doctor: a white coat over a shirt, a stethoscope round the neck, a name badge,
/// one hand raised, a clinic wall behind.
const DOCTOR: Recipe = Recipe {
    backdrop: &CLINIC,
    parts: &[
        At(PERSON, 160.0, 80.0, 0.74),
        // the white coat, open at the front over the shirt
        Fill(Fix("#f7f8f8"), "M89.7 176.2C91.3 171 92.8 136.4 96 130C99.2 123.6 116.6 114 122 112C127.4 110 147 109.2 150 110C153 110.8 152.4 116 152 120C151.6 124 146 143.8 146 150C146 156.2 158.6 178.8 152 182C145.4 185.2 86.2 182.6 80 182C73.8 181.4 88.1 181.4 89.7 176.2zM230.3 176.2C228.7 171 227.2 136.4 224 130C220.8 123.6 203.4 114 198 112C192.6 110 173 109.2 170 110C167 110.8 167.6 116 168 120C168.4 124 174 143.8 174 150C174 156.2 161.4 178.8 168 182C174.6 185.2 233.8 182.6 240 182C246.2 181.4 231.9 181.4 230.3 176.2z"),
        Line(Fix("#c9d0d4"), 1.4, "M150 110L140 132L150 146M170 110L180 132L170 146"),
        Faint(Fix("#000000"), 0.08, "M110 150h30v30h-30z"),
        // the stethoscope
        Line(Fix("#37474f"), 3.0, "M146 112C144.3 114.3 138.3 120.3 136 126C133.7 131.7 132 140.3 132 146C132 151.7 135.3 157.7 136 160M174 112C175.7 114.3 181.7 120.7 184 126C186.3 131.3 188 138.7 188 144C188 149.3 184.7 155.7 184 158"),
        Fill(Fix("#b8bec2"), "M131 163a6 6 0 1 0 12 0a6 6 0 1 0 -12 0z"),
        Fill(Fix("#7f8a91"), "M134 163a3 3 0 1 0 6 0a3 3 0 1 0 -6 0z"),
        Line(Fix("#7f8a91"), 1.6, "M184 158L180 166M184 158L190 165"),
        // a name badge
        Fill(S(Bright), "M196 140h20v8h-20z"),
        Fill(Fix("#ffffff"), "M198 142.5h12v1.2h-12zM198 145h8v1h-8z"),
        // the raised arm, in the coat's sleeve
        Fill(Fix("#eceeee"), "M261.9 195.3L259.5 190.2L256 182.8L251.9 174.3L247.9 165.7L244.3 158.3L241.9 153.3L222.1 162.7L224.5 167.8L228 175.2L232.1 183.7L236.1 192.3L239.7 199.7L242.1 204.7z"),
        Fill(S(Skin), "M238.9 158.7L238.5 157.1L238 154.6L237.4 151.7L236.8 148.9L236.2 146.4L235.9 144.7L224.1 147.3L224.5 148.9L225 151.4L225.6 154.3L226.2 157.1L226.8 159.6L227.1 161.3z"),
    ],
    shift: 16.0,
    text: None,
    hand: Some(Hand { x: 230.0, y: 138.0, scale: 0.95, turn: 10.0 }),
    ears: Some([(138.5, 82.2), (181.5, 82.2)]),
    ground: (160.0, 178.0, 150.0),
};

/// A person outdoors holding a phone up at arm's length for a selfie, smiling.
const SELFIE: Recipe = Recipe {
    backdrop: &LAWN,
    parts: &[
        Use(TREE, 30.0, 128.0, 1.5),
        Use(TREE, 92.0, 128.0, 1.2),
        Use(TREE, 290.0, 128.0, 1.6),
        At(PERSON, 132.0, 88.0, 0.8),
        // a broad smile
        Fill(Fix("#7a2e2a"), "M124.5 101Q132 111 139.5 101z"),
        Fill(Fix("#ffffff"), "M125.5 101.4Q132 104.5 138.5 101.4z"),
        // the outstretched arm
        Fill(S(Cloth), "M194.4 156.3L198 152.7L203.1 147.6L209 141.6L215.3 135.3L221.2 129.4L226.2 124.5L230.6 120.3L234.9 116.4L239 112.7L242.6 109.5L245.7 106.8L248 104.7L236 91.3L233.7 93.3L230.7 96L227 99.3L222.8 103L218.4 107.2L213.8 111.5L208.6 116.6L202.5 122.6L196.2 128.9L190.3 134.9L185.2 140L181.6 143.7z"),
        Fill(S(Skin), "M244.7 102.8L245.4 101.6L246.5 99.9L247.7 97.8L248.9 95.8L250 94L250.7 92.8L241.3 87.2L240.6 88.4L239.5 90.1L238.3 92.2L237.1 94.2L236 96L235.3 97.2z"),
        // the phone, its back to us
        Fill(Fix("#1f2328"), "M239 26h20a5 5 0 0 1 5 5v42a5 5 0 0 1 -5 5h-20a5 5 0 0 1 -5 -5v-42a5 5 0 0 1 5 -5z"),
        Fill(Fix("#3a3f44"), "M241 30h6a3 3 0 0 1 3 3v12a3 3 0 0 1 -3 3h-6a3 3 0 0 1 -3 -3v-12a3 3 0 0 1 3 -3z"),
        Fill(Fix("#0f1114"), "M241 35a3 3 0 1 0 6 0a3 3 0 1 0 -6 0zM241 43a3 3 0 1 0 6 0a3 3 0 1 0 -6 0z"),
    ],
    shift: 10.0,
    text: None,
    hand: Some(Hand { x: 248.0, y: 78.0, scale: 0.9, turn: 4.0 }),
    ears: Some([(108.8, 90.4), (155.2, 90.4)]),
    ground: (140.0, 178.0, 180.0),
};

/// A hall: a dark curtain in folds.
const HALL: Backdrop = Backdrop {
    skies: &[("#6a3a36", "#2e1a18"), ("#3e4a5c", "#1c222c"), ("#4a5a4a", "#222a22"), ("#5a4a6a", "#282030")],
    parts: &[
        Faint(Fix("#000000"), 0.22, "M14 0h18v180h-18zM60 0h20v180h-20zM110 0h18v180h-18zM160 0h20v180h-20zM210 0h18v180h-18zM258 0h20v180h-20zM304 0h16v180h-16z"),
        Faint(Fix("#ffffff"), 0.06, "M36 0h14v180h-14zM86 0h16v180h-16zM136 0h14v180h-14zM186 0h16v180h-16zM234 0h14v180h-14zM284 0h14v180h-14z"),
    ],
    horizon: 150.0,
};

/// A speaker at a lectern with a microphone; the lectern's front carries the words.
const SPEAKER: Recipe = Recipe {
    backdrop: &HALL,
    parts: &[
        At(PERSON, 160.0, 64.0, 0.68),
        // the lectern
        Fill(Fix("#6b4a32"), "M84 118L236 118L228 180L92 180z"),
        Fill(Fix("#553a26"), "M82 110L238 110L232 122L88 122z"),
        Faint(Fix("#ffffff"), 0.15, "M82 110L238 110L237 112L83 112z"),
        Fill(S(Bright), "M106 128h108a4 4 0 0 1 4 4v34a4 4 0 0 1 -4 4h-108a4 4 0 0 1 -4 -4v-34a4 4 0 0 1 4 -4z"),
        Faint(Fix("#000000"), 0.15, "M106 128h108a4 4 0 0 1 4 4v34a4 4 0 0 1 -4 4h-108a4 4 0 0 1 -4 -4v-34a4 4 0 0 1 4 -4z"),
        // the microphone on its stalk
        Line(Fix("#2a2a2a"), 2.0, "M200 112C199.7 109.7 199.7 101.7 198 98C196.3 94.3 193 91.7 190 90C187 88.3 181.7 88.3 180 88"),
        Fill(Fix("#1a1a1a"), "M170.5 87.5a5.5 4 0 1 0 11 0a5.5 4 0 1 0 -11 0z"),
        // a hand raised as they speak
        Fill(S(Cloth), "M123.7 120L122 117.6L119.6 114.1L116.7 110L113.9 105.9L111.4 102.4L109.7 100L98.3 108L100 110.4L102.4 113.9L105.3 118L108.1 122.1L110.6 125.6L112.3 128z"),
        Fill(S(Skin), "M108.4 104.9L108.1 103.9L107.8 102.5L107.4 100.9L107 99.3L106.6 97.9L106.4 96.9L97.6 99.1L97.9 100.1L98.2 101.5L98.6 103.1L99 104.7L99.4 106.1L99.6 107.1z"),
    ],
    shift: 8.0,
    text: Some(TextBox {
        x: 106.0,
        y: 131.0,
        w: 108.0,
        h: 36.0,
        size: 14.0,
        bold: true,
        colour: Paint::Fix("#ffffff"),
        anchor: Anchor::Middle,
        rotate: 0.0,
        author: None,
    }),
    hand: Some(Hand { x: 102.0, y: 92.0, scale: 0.68, turn: -6.0 }),
    ears: Some([(140.3, 66.0), (179.7, 66.0)]),
    ground: (160.0, 180.0, 140.0),
};
