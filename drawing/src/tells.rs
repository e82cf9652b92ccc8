//! The tells of a generated image, drawn in so a learner has something real
//! to find: a six-fingered hand, earrings that do not match, a background
//! that runs like wet paint, shadows falling two ways at once. (Garbled
//! lettering is in `text.rs`.) Every drawing with a hand or ears draws them
//! here, tell or no tell, so the only difference a tell makes is the tell.

use crate::path::{circle, ellipse, number, p, poly, rounded};
use crate::recipe::{faint, group, line, named, shape, Hand};
use crate::{Colour, Node, Vary};

/// A raised hand: a palm, a thumb and the rest of the fingers. `fingers`
/// counts the thumb, so a real hand has five.
pub(crate) fn hand(at: Hand, fingers: usize, skin: Colour) -> Node {
    let mut nodes = vec![shape(skin.clone(), rounded(-10.0, -4.0, 20.0, 18.0, 6.0))];
    let others = fingers.saturating_sub(1).max(1);
    // The fingers share the palm's width, a little longer in the middle, as a hand's are.
    let width = 20.0 / others as f32;
    for i in 0..others {
        let middle = (i as f32 - (others as f32 - 1.0) / 2.0).abs();
        let length = 15.0 - middle * 2.2;
        let x = -10.0 + i as f32 * width + width * 0.12;
        let finger = rounded(x, -2.0 - length, width * 0.8, length + 4.0, width * 0.4);
        nodes.push(named("finger", shape(skin.clone(), finger)));
        nodes.push(faint(
            Colour::Borrowed("#000000"),
            0.12,
            p().c('M', &[x + width * 0.8, -length + 1.0]).c('v', &[length]).then(""),
        ));
    }
    let thumb = p()
        .c('M', &[-9.0, 8.0])
        .c('C', &[-16.0, 6.0, -19.0, 0.0, -18.0, -5.0])
        .c('C', &[-17.0, -8.0, -13.0, -7.0, -12.0, -3.0])
        .c('L', &[-8.0, 3.0])
        .close();
    nodes.push(named("finger", shape(skin, thumb)));
    let transform =
        format!("translate({} {}) rotate({}) scale({})", number(at.x), number(at.y), number(at.turn), number(at.scale));
    named("hand", group(Some(transform), nodes))
}

/// Earrings at both ears: none or a matching pair, as the seed says; with the
/// tell, two that do not match (a gold hoop and a blue drop).
pub(crate) fn earrings(ears: [(f32, f32); 2], mismatched: bool, v: &mut Vary) -> Option<Node> {
    let [(lx, ly), (rx, ry)] = ears;
    // Big enough to see on a page: it is the tell a learner is asked to find.
    let nodes = if mismatched {
        vec![
            named("earring", line(Colour::Borrowed("#d4a017"), 2.4, circle(lx, ly + 11.0, 7.0))),
            named(
                "earring",
                shape(
                    Colour::Borrowed("#2e6bd6"),
                    poly(&[(rx, ry + 4.0), (rx + 5.0, ry + 13.0), (rx, ry + 22.0), (rx - 5.0, ry + 13.0)]),
                ),
            ),
        ]
    } else if v.chance(40) {
        let colour = v.pick(&["#d4a017", "#c0c0c0", "#e8e2d0"]);
        [(lx, ly), (rx, ry)]
            .iter()
            .map(|&(x, y)| named("earring", shape(Colour::Borrowed(colour), circle(x, y + 7.0, 2.2))))
            .collect()
    } else {
        return None;
    };
    Some(group(None, nodes))
}

/// The background running like wet paint: drips and smears along the horizon.
pub(crate) fn melting(horizon: f32, v: &mut Vary) -> Node {
    let mut nodes = Vec::new();
    let colours = ["#8d9aa6", "#c7b8a3", "#6f8a5e", "#a7b4bf"];
    let mut x = v.range(-10.0, 10.0);
    while x < 330.0 {
        let (w, length) = (v.range(10.0, 26.0), v.range(18.0, 48.0));
        let top = horizon - v.range(20.0, 40.0);
        let drip = p()
            .c('M', &[x, top])
            .c('h', &[w])
            .c('c', &[0.0, length * 0.6, -w * 0.2, length * 0.7, -w * 0.35, length])
            .c('c', &[-w * 0.1, length * 0.25, -w * 0.35, length * 0.25, -w * 0.4, 0.0])
            .c('c', &[-w * 0.1, -length * 0.3, -w * 0.25, -length * 0.7, -w * 0.25, -length])
            .close();
        nodes.push(faint(Colour::Borrowed(v.pick(&colours)), 0.75, drip));
        x += w + v.range(8.0, 30.0);
    }
    // A smear where a straight edge should be.
    let smear = p()
        .c('M', &[0.0, horizon - 6.0])
        .c('C', &[60.0, horizon - 16.0, 110.0, horizon + 8.0, 170.0, horizon - 4.0])
        .c('S', &[280.0, horizon + 10.0, 320.0, horizon - 8.0])
        .then("");
    nodes.push(line(Colour::Borrowed("#b0a898"), 5.0, smear));
    named("melt", group(None, nodes))
}

/// Two long shadows from one figure, falling left and right: two suns.
pub(crate) fn two_shadows((x, y, w): (f32, f32, f32)) -> Node {
    let shadow = |direction: f32| {
        let reach = w * 1.6 * direction;
        poly(&[(x - w / 2.0, y), (x + w / 2.0, y), (x + w / 2.0 + reach, y + 14.0), (x - w / 2.0 + reach, y + 14.0)])
    };
    let nodes = vec![
        named("shadow", faint(Colour::Borrowed("#000000"), 0.28, shadow(-1.0))),
        named("shadow", faint(Colour::Borrowed("#000000"), 0.28, shadow(1.0))),
        faint(Colour::Borrowed("#000000"), 0.2, ellipse(x, y + 1.0, w / 2.0, 3.0)),
    ];
    group(None, nodes)
}

#[cfg(test)]
mod tests {
    use lesson::{Look, Picture, Subject, Tell};

    use crate::{draw, Node};

    fn person(tells: Vec<Tell>) -> Picture {
        Picture {
            id: "generated-resident".into(),
            description: String::new(),
            look: Look::Drawn { subject: Subject::named("portrait").expect("portrait"), text: None, author: None },
            caption: None,
            tells,
        }
    }

    #[test]
    fn a_hand_has_five_fingers_and_the_tell_gives_it_six() {
        let plain = draw(&person(vec![]), &[]).expect("drawn");
        assert_eq!(plain.parts("finger").len(), 5);
        let tell = draw(&person(vec![Tell::ExtraFinger]), &[]).expect("drawn");
        assert_eq!(tell.parts("finger").len(), 6);
    }

    #[test]
    fn mismatched_earrings_differ() {
        let drawing = draw(&person(vec![Tell::MismatchedEarrings]), &[]).expect("drawn");
        let earrings: Vec<_> = drawing
            .parts("earring")
            .into_iter()
            .map(|n| match n {
                Node::Shape(s) => (s.fill.to_string(), s.stroke.as_ref().map(|(c, _)| c.to_string())),
                _ => unreachable!("an earring is a shape"),
            })
            .collect();
        assert_eq!(earrings.len(), 2);
        assert_ne!(earrings[0], earrings[1]);
        // Without the tell, earrings (if any) are a matching pair.
        for id in ["a", "b", "c", "d", "e", "f"] {
            let mut picture = person(vec![]);
            picture.id = id.into();
            let drawing = draw(&picture, &[]).expect("drawn");
            let fills: Vec<_> =
                drawing.parts("earring").into_iter().map(|n| format!("{n:?}").replace(char::is_numeric, "")).collect();
            assert!(fills.is_empty() || (fills.len() == 2 && fills[0] == fills[1]), "{id}: {fills:?}");
        }
    }

    #[test]
    fn the_background_melts_and_shadows_fall_two_ways_only_with_the_tells() {
        for subject in Subject::all() {
            let text = subject.needs_text().then(|| "WORDS".to_owned());
            let picture = |tells| Picture {
                id: "x".into(),
                description: String::new(),
                look: Look::Drawn { subject, text: text.clone(), author: None },
                caption: None,
                tells,
            };
            let plain = draw(&picture(vec![]), &[]).expect("drawn");
            assert!(plain.parts("melt").is_empty() && plain.parts("shadow").is_empty(), "{}", subject.name());
            let tells = draw(&picture(vec![Tell::MeltingBackground, Tell::ImpossibleShadow]), &[]).expect("drawn");
            assert_eq!(tells.parts("melt").len(), 1, "{}", subject.name());
            assert_eq!(tells.parts("shadow").len(), 2, "{}", subject.name());
        }
    }
}
