//! Pictures as data. A lesson never loads an image from anywhere: a picture
//! names what it shows (a subject from a fixed vocabulary), or gives a chart's
//! numbers, or is an altered copy of another picture, or (for a trainer's own
//! screenshot) carries the bytes of a PNG, JPEG or WebP file checked when the
//! lesson was read. The kit draws the first three itself.

use std::sync::Arc;

/// One picture of a lesson or skills check, shown on pages by its id.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Picture {
    pub id: String,
    /// What the picture shows, for screen readers and for reverse image search.
    pub description: String,
    pub look: Look,
    /// Words drawn in a strip across the bottom of the picture, as a meme or a
    /// news graphic has them. On a copy, replaces the original's strip.
    pub caption: Option<String>,
    /// The tells of a generated image, drawn in; on a copy, added to the original's.
    pub tells: Vec<Tell>,
}

/// The tells a picture shows: its own and, for a copy, its original's.
pub fn tells_shown(pictures: &[Picture], id: &str) -> Vec<Tell> {
    let mut tells = Vec::new();
    let mut next = Some(id);
    // Bounded by the number of pictures, so a loop (refused by the checker) cannot hang.
    for _ in 0..=pictures.len() {
        let Some(picture) = next.and_then(|id| pictures.iter().find(|p| p.id == id)) else { break };
        for tell in &picture.tells {
            if !tells.contains(tell) {
                tells.push(*tell);
            }
        }
        next = picture.copy_of();
    }
    tells
}

/// What a picture is made from.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub enum Look {
    /// A drawing of a subject; `text` is what a sign, placard, screen or
    /// screenshot in it says, and `author` who posted or sent it.
    Drawn { subject: Subject, text: Option<String>, author: Option<String> },
    /// A chart drawn from the lesson's numbers (boxed: a chart is far larger than the other kinds).
    Chart(Box<Chart>),
    /// Another picture of the lesson, changed: what reverse image search
    /// finds as the same photo.
    Copy { of: String, changes: Vec<Change> },
    /// A trainer's own image file.
    Image(ImageFile),
}

impl Picture {
    /// The id of the picture this one was copied from, if it is a copy.
    pub fn copy_of(&self) -> Option<&str> {
        match &self.look {
            Look::Copy { of, .. } => Some(of),
            Look::Drawn { .. } | Look::Chart(_) | Look::Image(_) => None,
        }
    }
}

/// Declares a group of subjects: an enum with `ALL` and the names lesson files use.
macro_rules! subjects {
    ($(#[$meta:meta])* $group:ident { $($variant:ident = $name:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
        pub enum $group {
            $($variant,)*
        }

        impl $group {
            pub const ALL: &'static [$group] = &[$($group::$variant,)*];

            /// The name used in lesson files.
            pub fn name(self) -> &'static str {
                match self {
                    $($group::$variant => $name,)*
                }
            }
        }
    };
}

subjects!(
    /// Animals, by kind: a page about adders shows an adder.
    Animal {
        Hedgehog = "hedgehog",
        Fox = "fox",
        Adder = "adder",
        Hornet = "hornet",
        Bird = "bird",
        Dog = "dog",
        Cat = "cat",
        Fish = "fish",
        Otter = "otter",
    }
);

subjects!(
    /// People: who is in the picture and what they are doing.
    People {
        Portrait = "portrait",
        Family = "family",
        Group = "group",
        Crowd = "crowd",
        Worker = "worker",
        Pupil = "pupil",
        Doctor = "doctor",
        Selfie = "selfie",
        Speaker = "speaker",
    }
);

subjects!(
    /// Buildings, each with the shape that says what it is.
    Building {
        House = "house",
        School = "school",
        Library = "library",
        TownHall = "town-hall",
        ShopFront = "shop-front",
        Hospital = "hospital",
        Factory = "factory",
        Office = "office",
    }
);

subjects!(
    /// Places and what is happening there.
    Place {
        Street = "street",
        Road = "road",
        Park = "park",
        River = "river",
        Lake = "lake",
        Flood = "flood",
        Fire = "fire",
        Countryside = "countryside",
        Beach = "beach",
        Storm = "storm",
    }
);

subjects!(
    /// Things, as a product photo or a snapshot shows them.
    Thing {
        Bottle = "bottle",
        Parcel = "box",
        Phone = "phone",
        Laptop = "laptop",
        Heater = "heater",
        Food = "food",
        Bin = "bin",
        Car = "car",
        Bus = "bus",
        Lorry = "lorry",
        Document = "document",
        Letter = "letter",
        Banknote = "banknote",
        CardReader = "card-reader",
        Earbuds = "earbuds",
        Glasses = "glasses",
        Light = "light",
    }
);

subjects!(
    /// Pictures whose point is their words: the picture's `text` is drawn in them.
    Words {
        Sign = "sign",
        Placard = "placard",
        Banner = "banner",
        Poster = "poster",
        PostScreenshot = "post-screenshot",
        MessageScreenshot = "message-screenshot",
        Logo = "logo",
    }
);

/// What a drawn picture shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub enum Subject {
    Animal(Animal),
    People(People),
    Building(Building),
    Place(Place),
    Thing(Thing),
    Words(Words),
}

impl Subject {
    /// Every subject, group by group, in the authoring guide's order.
    pub fn all() -> Vec<Subject> {
        let mut all: Vec<Subject> = Animal::ALL.iter().map(|&s| Subject::Animal(s)).collect();
        all.extend(People::ALL.iter().map(|&s| Subject::People(s)));
        all.extend(Building::ALL.iter().map(|&s| Subject::Building(s)));
        all.extend(Place::ALL.iter().map(|&s| Subject::Place(s)));
        all.extend(Thing::ALL.iter().map(|&s| Subject::Thing(s)));
        all.extend(Words::ALL.iter().map(|&s| Subject::Words(s)));
        all
    }

    pub fn named(name: &str) -> Option<Subject> {
        Subject::all().into_iter().find(|s| s.name() == name)
    }

    /// The name used in lesson files.
    pub fn name(self) -> &'static str {
        match self {
            Subject::Animal(s) => s.name(),
            Subject::People(s) => s.name(),
            Subject::Building(s) => s.name(),
            Subject::Place(s) => s.name(),
            Subject::Thing(s) => s.name(),
            Subject::Words(s) => s.name(),
        }
    }

    /// Whether a person's face and hand are in the picture, for the tells that
    /// need them (an extra finger, odd earrings).
    pub fn shows_a_person(self) -> bool {
        matches!(self, Subject::People(_) | Subject::Words(Words::Placard))
    }

    /// Whether the subject is drawn around its words, so that it needs `text`.
    pub fn needs_text(self) -> bool {
        matches!(self, Subject::Words(_))
    }

    /// Whether the subject has somewhere to show `text` (a sign in the
    /// picture, a screen, a page): every subject of words, and these.
    pub fn takes_text(self) -> bool {
        self.needs_text()
            || matches!(
                self,
                Subject::Building(Building::ShopFront | Building::School | Building::Library | Building::TownHall)
                    | Subject::Thing(
                        Thing::Phone | Thing::Laptop | Thing::Document | Thing::Letter | Thing::Bottle | Thing::Parcel
                    )
                    | Subject::People(People::Speaker)
            )
    }
}

/// A change made to a copy of a picture. Reverse image search still finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub enum Change {
    /// Cut down to part of the original.
    Crop,
    /// Flipped left to right (any words in it read backwards).
    Mirror,
    /// Its colours shifted, as a filter does.
    Recolour,
}

impl Change {
    pub const ALL: [Change; 3] = [Change::Crop, Change::Mirror, Change::Recolour];

    pub fn name(self) -> &'static str {
        match self {
            Change::Crop => "crop",
            Change::Mirror => "mirror",
            Change::Recolour => "recolour",
        }
    }
}

/// A sign that a picture was made by an image generator, drawn in so a
/// learner has something real to find.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub enum Tell {
    /// The picture's words come out as near-letters that spell nothing.
    GarbledText,
    /// A hand with six fingers.
    ExtraFinger,
    /// Earrings that do not match.
    MismatchedEarrings,
    /// The background runs and smears where it should have edges.
    MeltingBackground,
    /// Shadows falling two ways at once.
    ImpossibleShadow,
}

impl Tell {
    pub const ALL: [Tell; 5] = [
        Tell::GarbledText,
        Tell::ExtraFinger,
        Tell::MismatchedEarrings,
        Tell::MeltingBackground,
        Tell::ImpossibleShadow,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Tell::GarbledText => "garbled-text",
            Tell::ExtraFinger => "extra-finger",
            Tell::MismatchedEarrings => "mismatched-earrings",
            Tell::MeltingBackground => "melting-background",
            Tell::ImpossibleShadow => "impossible-shadow",
        }
    }

    pub fn named(name: &str) -> Option<Tell> {
        Tell::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// A chart drawn from a lesson's numbers. What makes one misleading is
/// stated here, so one lesson can show the honest and the misleading chart of
/// the same data side by side.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Chart {
    pub kind: ChartKind,
    pub title: String,
    /// What the labels along the bottom are: "Year".
    pub x_label: Option<String>,
    /// What the values are: "Visits".
    pub y_label: Option<String>,
    /// The unit of the values, shown on the scale: "%", "thousand", "mm".
    pub unit: Option<String>,
    /// One label per value, in order.
    pub labels: Vec<String>,
    pub series: Vec<Series>,
    /// "Source: …" under the chart; a chart without one gives no way to check it.
    pub source: Option<String>,
    /// Where the left scale starts and ends; `None` is zero (or below the
    /// lowest value) and just above the highest. A start above zero is what
    /// makes a small change look like a big one.
    pub scale: Scale,
    /// The right-hand scale, for series drawn against it.
    pub right_scale: Scale,
    /// Only these labels are shown, first to last (indexes into `labels`): a
    /// cherry-picked time window.
    pub window: Option<(usize, usize)>,
    /// Bars drawn as 3-D blocks, whose depth exaggerates them.
    pub three_d: bool,
    /// No numbers on the scale: the shape alone, which can make anything look huge.
    pub hide_scale: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub enum ChartKind {
    Bar,
    Line,
}

impl ChartKind {
    pub const ALL: [ChartKind; 2] = [ChartKind::Bar, ChartKind::Line];

    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Bar => "bar",
            ChartKind::Line => "line",
        }
    }
}

/// Where a scale starts and ends, if the author fixed either end.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Scale {
    pub from: Option<f64>,
    pub to: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
    /// Drawn against the right-hand scale instead of the left.
    pub right: bool,
}

impl Chart {
    /// The indexes of the labels the chart shows.
    pub fn shown(&self) -> std::ops::RangeInclusive<usize> {
        let (first, last) = self.window.unwrap_or((0, self.labels.len().saturating_sub(1)));
        first..=last
    }

    /// Whether any series is drawn against the right-hand scale.
    pub fn has_right_scale(&self) -> bool {
        self.series.iter().any(|s| s.right)
    }
}

/// The image formats a lesson may include.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub enum ImageFormat {
    Png,
    Jpeg,
    Webp,
}

impl ImageFormat {
    pub fn name(self) -> &'static str {
        match self {
            ImageFormat::Png => "PNG",
            ImageFormat::Jpeg => "JPEG",
            ImageFormat::Webp => "WebP",
        }
    }

    pub fn mime_type(self) -> &'static str {
        match self {
            ImageFormat::Png => "image/png",
            ImageFormat::Jpeg => "image/jpeg",
            ImageFormat::Webp => "image/webp",
        }
    }
}

/// A trainer's own image, checked when the lesson was read: its bytes are
/// the format its name says, and within the size limits.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct ImageFile {
    /// The file's name as the lesson gives it.
    pub file: String,
    pub format: ImageFormat,
    pub width: u32,
    pub height: u32,
    pub bytes: Arc<[u8]>,
}
