//! The building blocks of a mock page, as data. A lesson never carries HTML:
//! it lists blocks, and the kit draws each in the site's genre and theme.
//! The misleading details real fakes use (badges, countdowns, invented
//! outlets…) are blocks too, so an author switches them on and words them.

/// One block of a page. An `id` lets a clue, or a spot-the-clue activity, point at it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Block {
    pub id: Option<String>,
    pub content: BlockContent,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub enum BlockContent {
    /// Markdown prose.
    Text { text: String },
    /// A drawn picture, by its id in the lesson's `[[pictures]]`.
    Picture { picture: String, caption: Option<String> },
    /// An author's bio box: the invented expert's name and credentials.
    Author { name: String, credentials: Option<String>, text: String, picture: Option<String> },
    /// Trust badges: "Verified secure", "100% guaranteed"…
    TrustBadges { labels: Vec<String> },
    /// A padlock drawn in the page itself, claiming the site is secure.
    Padlock { text: String },
    /// "As seen on" with a row of outlet names.
    AsSeenOn { text: Option<String>, labels: Vec<String> },
    /// A countdown that pressures the reader ("offer ends in…"); starts again at every visit.
    Countdown { text: String, seconds: u32 },
    /// A "sponsored" or "advertisement" label in small print.
    Sponsored { text: String },
    /// Quotes from (invented) satisfied people.
    Testimonials { items: Vec<Testimonial> },
    /// Like, share and comment counts.
    Engagement { likes: Option<String>, shares: Option<String>, comments: Option<String> },
    /// A date line: missing, vague ("updated today") or misleading.
    Dateline { text: String },
    /// Readers' comments.
    Comments { items: Vec<Comment> },
    /// A product on sale.
    Product {
        name: String,
        price: String,
        was_price: Option<String>,
        stock: Option<String>,
        stars: Option<f64>,
        reviews: Option<String>,
        picture: Option<String>,
    },
    /// A list of customer reviews, with an optional average.
    Reviews { stars: Option<f64>, items: Vec<Review> },
    /// A social-media post, with its replies as a thread.
    Post {
        name: String,
        handle: String,
        verified: bool,
        when: Option<String>,
        text: String,
        picture: Option<String>,
        likes: Option<String>,
        shares: Option<String>,
        replies: Option<String>,
        items: Vec<Reply>,
    },
    /// A social-media profile.
    Profile {
        name: String,
        handle: String,
        verified: bool,
        text: String,
        joined: Option<String>,
        followers: Option<String>,
        following: Option<String>,
        picture: Option<String>,
    },
    /// An email inbox: one row per message.
    Inbox { items: Vec<InboxRow> },
    /// One email message.
    Email { from: String, address: String, to: Option<String>, subject: String, when: Option<String>, text: String },
    /// A video with its player, title, channel and description.
    Video {
        name: String,
        picture: String,
        channel: String,
        views: Option<String>,
        when: Option<String>,
        duration: Option<String>,
        text: Option<String>,
    },
    /// An encyclopedia infobox: a title, a picture and rows of facts.
    Infobox { name: String, picture: Option<String>, items: Vec<InfoRow> },
    /// A form asking for details, as payment scams do. Nothing typed leaves the kit;
    /// the button goes to `link`.
    Form { name: String, items: Vec<FormField>, button: String, link: String },
    /// A call-to-action button: "Claim now", "Donate".
    Button { text: String, link: String },
    /// A banner across the page: an alert, a cookie notice, a warning.
    Banner { text: String },
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Testimonial {
    pub text: String,
    pub name: String,
    /// Who they are: "mum of two, Leeds".
    pub detail: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Comment {
    pub name: String,
    pub when: Option<String>,
    pub text: String,
    pub likes: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Review {
    pub name: String,
    pub stars: f64,
    pub when: Option<String>,
    pub text: String,
    /// Shown as "Verified purchase".
    pub verified: bool,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Reply {
    pub name: String,
    pub handle: String,
    pub verified: bool,
    pub when: Option<String>,
    pub text: String,
    pub likes: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct InboxRow {
    /// The sender's display name.
    pub from: String,
    pub subject: String,
    /// The first words of the message.
    pub text: Option<String>,
    pub when: Option<String>,
    /// The message's page, if it can be opened.
    pub link: Option<String>,
    pub unread: bool,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct InfoRow {
    pub label: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct FormField {
    pub label: String,
    /// Placeholder text shown in the empty field.
    pub text: Option<String>,
}

/// The block types as lesson files name them (`type = "…"`).
pub const BLOCK_TYPES: [&str; 23] = [
    "text",
    "picture",
    "author",
    "trust-badges",
    "padlock",
    "as-seen-on",
    "countdown",
    "sponsored",
    "testimonials",
    "engagement",
    "dateline",
    "comments",
    "product",
    "reviews",
    "post",
    "profile",
    "inbox",
    "email",
    "video",
    "infobox",
    "form",
    "button",
    "banner",
];

impl BlockContent {
    /// The block's type as lesson files name it.
    pub fn type_name(&self) -> &'static str {
        match self {
            BlockContent::Text { .. } => "text",
            BlockContent::Picture { .. } => "picture",
            BlockContent::Author { .. } => "author",
            BlockContent::TrustBadges { .. } => "trust-badges",
            BlockContent::Padlock { .. } => "padlock",
            BlockContent::AsSeenOn { .. } => "as-seen-on",
            BlockContent::Countdown { .. } => "countdown",
            BlockContent::Sponsored { .. } => "sponsored",
            BlockContent::Testimonials { .. } => "testimonials",
            BlockContent::Engagement { .. } => "engagement",
            BlockContent::Dateline { .. } => "dateline",
            BlockContent::Comments { .. } => "comments",
            BlockContent::Product { .. } => "product",
            BlockContent::Reviews { .. } => "reviews",
            BlockContent::Post { .. } => "post",
            BlockContent::Profile { .. } => "profile",
            BlockContent::Inbox { .. } => "inbox",
            BlockContent::Email { .. } => "email",
            BlockContent::Video { .. } => "video",
            BlockContent::Infobox { .. } => "infobox",
            BlockContent::Form { .. } => "form",
            BlockContent::Button { .. } => "button",
            BlockContent::Banner { .. } => "banner",
        }
    }

    /// The block's Markdown fields (links in them are checked and followed).
    pub fn markdown_fields(&self) -> Vec<&str> {
        match self {
            BlockContent::Text { text }
            | BlockContent::Author { text, .. }
            | BlockContent::Post { text, .. }
            | BlockContent::Profile { text, .. }
            | BlockContent::Email { text, .. }
            | BlockContent::Banner { text } => vec![text.as_str()],
            BlockContent::Video { text, .. } => text.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        }
    }

    /// The block's `link` fields: where its buttons and rows lead.
    pub fn links(&self) -> Vec<&str> {
        match self {
            BlockContent::Form { link, .. } | BlockContent::Button { link, .. } => vec![link.as_str()],
            BlockContent::Inbox { items } => items.iter().filter_map(|row| row.link.as_deref()).collect(),
            _ => Vec::new(),
        }
    }

    /// The ids of the pictures the block shows.
    pub fn pictures(&self) -> Vec<&str> {
        match self {
            BlockContent::Picture { picture, .. } | BlockContent::Video { picture, .. } => vec![picture.as_str()],
            BlockContent::Author { picture, .. }
            | BlockContent::Product { picture, .. }
            | BlockContent::Post { picture, .. }
            | BlockContent::Profile { picture, .. }
            | BlockContent::Infobox { picture, .. } => picture.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        }
    }

    /// The words the block shows, for the search engine and for clue lists.
    pub fn plain_text(&self) -> String {
        let md = crate::markdown::to_plain_text;
        let join = |parts: Vec<&str>| parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ");
        match self {
            BlockContent::Text { text } | BlockContent::Banner { text } => md(text),
            BlockContent::Picture { caption, .. } => caption.clone().unwrap_or_default(),
            BlockContent::Author { name, credentials, text, .. } => {
                join(vec![name, credentials.as_deref().unwrap_or(""), &md(text)])
            }
            BlockContent::TrustBadges { labels } => labels.join(" "),
            BlockContent::AsSeenOn { text, labels } => join(vec![text.as_deref().unwrap_or(""), &labels.join(" ")]),
            BlockContent::Padlock { text }
            | BlockContent::Countdown { text, .. }
            | BlockContent::Sponsored { text }
            | BlockContent::Dateline { text }
            | BlockContent::Button { text, .. } => text.clone(),
            BlockContent::Testimonials { items } => {
                items.iter().map(|t| format!("{} {}", t.text, t.name)).collect::<Vec<_>>().join(" ")
            }
            BlockContent::Engagement { .. } => String::new(),
            BlockContent::Comments { items } => {
                items.iter().map(|c| format!("{} {}", c.name, c.text)).collect::<Vec<_>>().join(" ")
            }
            BlockContent::Product { name, stock, .. } => join(vec![name, stock.as_deref().unwrap_or("")]),
            BlockContent::Reviews { items, .. } => items.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join(" "),
            BlockContent::Post { name, handle, text, items, .. } => {
                let mut parts = vec![name.clone(), handle.clone(), md(text)];
                parts.extend(items.iter().map(|r| r.text.clone()));
                parts.join(" ")
            }
            BlockContent::Profile { name, handle, text, .. } => join(vec![name, handle, &md(text)]),
            BlockContent::Inbox { items } => {
                items.iter().map(|r| format!("{} {}", r.from, r.subject)).collect::<Vec<_>>().join(" ")
            }
            BlockContent::Email { from, subject, text, .. } => join(vec![from, subject, &md(text)]),
            BlockContent::Video { name, channel, text, .. } => {
                join(vec![name, channel, &text.as_deref().map(md).unwrap_or_default()])
            }
            BlockContent::Infobox { name, items, .. } => {
                let rows = items.iter().map(|r| format!("{} {}", r.label, r.text)).collect::<Vec<_>>().join(" ");
                join(vec![name, &rows])
            }
            BlockContent::Form { name, .. } => name.clone(),
        }
    }
}
