//! Page blocks: which fields each block type takes, and the checks that
//! turn a [`RawBlock`] into a [`Block`]. The table below is the one place
//! that says what a block needs; messages and the authoring guide follow it.

use std::collections::HashSet;
use std::ops::Range;

use toml::Spanned;

use super::{nearest, Checker, Fields};
use crate::model::*;
use crate::parse::{RawBlock, RawItem};

/// What a block type takes. `items` lists what each entry of `items` takes, if the type has items.
struct BlockSpec {
    name: &'static str,
    required: &'static [&'static str],
    optional: &'static [&'static str],
    items: Option<ItemSpec>,
}

struct ItemSpec {
    /// What one entry is called in messages: "testimonial", "comment"…
    what: &'static str,
    required: &'static [&'static str],
    optional: &'static [&'static str],
}

const fn spec(name: &'static str, required: &'static [&'static str], optional: &'static [&'static str]) -> BlockSpec {
    BlockSpec { name, required, optional, items: None }
}

const fn with_items(
    name: &'static str,
    required: &'static [&'static str],
    optional: &'static [&'static str],
    items: ItemSpec,
) -> BlockSpec {
    BlockSpec { name, required, optional, items: Some(items) }
}

const fn item(what: &'static str, required: &'static [&'static str], optional: &'static [&'static str]) -> ItemSpec {
    ItemSpec { what, required, optional }
}

const SPECS: [BlockSpec; 23] = [
    spec("text", &["text"], &[]),
    spec("picture", &["picture"], &["caption"]),
    spec("author", &["name", "text"], &["credentials", "picture"]),
    spec("trust-badges", &["labels"], &[]),
    spec("padlock", &["text"], &[]),
    spec("as-seen-on", &["labels"], &["text"]),
    spec("countdown", &["text", "seconds"], &[]),
    spec("sponsored", &["text"], &[]),
    with_items("testimonials", &["items"], &[], item("testimonial", &["text", "name"], &["detail"])),
    spec("engagement", &[], &["likes", "shares", "comments"]),
    spec("dateline", &["text"], &[]),
    with_items("comments", &["items"], &[], item("comment", &["name", "text"], &["when", "likes"])),
    spec("product", &["name", "price"], &["was_price", "stock", "stars", "reviews", "picture"]),
    with_items("reviews", &["items"], &["stars"], item("review", &["name", "stars", "text"], &["when", "verified"])),
    with_items(
        "post",
        &["name", "handle", "text"],
        &["verified", "when", "picture", "likes", "shares", "replies", "items"],
        item("reply", &["name", "handle", "text"], &["verified", "when", "likes"]),
    ),
    spec("profile", &["name", "handle", "text"], &["verified", "joined", "followers", "following", "picture"]),
    with_items("inbox", &["items"], &[], item("message", &["from", "subject"], &["text", "when", "link", "unread"])),
    spec("email", &["from", "address", "subject", "text"], &["to", "when"]),
    spec("video", &["name", "picture", "channel"], &["views", "when", "duration", "text"]),
    with_items("infobox", &["name", "items"], &["picture"], item("row", &["label", "text"], &[])),
    with_items("form", &["name", "items", "button", "link"], &[], item("field", &["label"], &["text"])),
    spec("button", &["text", "link"], &[]),
    spec("banner", &["text"], &[]),
];

/// The longest countdown: a week, in seconds.
const MAX_COUNTDOWN: u32 = 7 * 24 * 60 * 60;

/// Checks a page's blocks and builds them. `pictures` are the ids of the lesson's pictures.
pub(super) fn blocks(check: &mut Checker, raw: &[RawBlock], pictures: &[String]) -> Vec<Block> {
    let mut ids = HashSet::new();
    raw.iter()
        .map(|raw| {
            let id = raw.id.as_ref().map(|id| {
                let text = Spanned::new(id.span(), id.get_ref().clone());
                let id = check.identifier(text, "block id");
                if !ids.insert(id.clone()) {
                    check.report(
                        raw.id.as_ref().map_or(0..0, Spanned::span),
                        format!("Two blocks on this page have the id `{id}`."),
                        Some("give each block on a page its own id".into()),
                    );
                }
                id
            });
            // A block with problems keeps its id, so a clue that points at it
            // does not get a second, misleading "no such block" error.
            let content = block(check, raw, pictures).unwrap_or(BlockContent::Text { text: String::new() });
            Block { id, content }
        })
        .collect()
}

fn block(check: &mut Checker, raw: &RawBlock, pictures: &[String]) -> Option<BlockContent> {
    let Some(kind) = &raw.r#type else {
        let span = raw.present().first().map_or(0..0, |(_, span)| span.clone());
        check.report(
            span,
            "This block does not say what it is.",
            Some("add `type = \"text\"` (or another block type from the authoring guide)".into()),
        );
        return None;
    };
    let Some(spec) = SPECS.iter().find(|spec| spec.name == kind.get_ref()) else {
        let help = nearest(kind.get_ref(), SPECS.iter().map(|spec| spec.name.to_owned()))
            .map(|n| format!("did you mean `{n}`?"))
            .or_else(|| Some(format!("the block types are: {}", type_list())));
        check.report(kind.span(), format!("`{}` is not a block type.", kind.get_ref()), help);
        return None;
    };
    let fits = fields_fit(check, &raw.present(), kind.span(), "block", spec.name, spec.required, spec.optional);
    let items_fit = match (&spec.items, &raw.items) {
        (Some(item_spec), Some(items)) => {
            if items.get_ref().is_empty() && spec.required.contains(&"items") {
                check.report(
                    items.span(),
                    format!("This `{}` block has no entries.", spec.name),
                    Some(format!("add at least one `[[sites.pages.blocks.items]]` {}", item_spec.what)),
                );
            }
            items.get_ref().iter().fold(true, |fit, item| {
                let span = item.present().first().map_or(items.span(), |(_, span)| span.clone());
                fields_fit(
                    check,
                    &item.present(),
                    span,
                    item_spec.what,
                    spec.name,
                    item_spec.required,
                    item_spec.optional,
                ) && fit
            })
        }
        _ => true,
    };
    let mut values = Values { check, pictures };
    let picture = values.picture(&raw.picture);
    let content = match spec.name {
        "text" => BlockContent::Text { text: values.text(&raw.text, "text") },
        "picture" => BlockContent::Picture {
            picture: picture.unwrap_or_default(),
            caption: values.optional(&raw.caption, "caption"),
        },
        "author" => BlockContent::Author {
            name: values.text(&raw.name, "author's name"),
            credentials: values.optional(&raw.credentials, "credentials"),
            text: values.text(&raw.text, "author's bio"),
            picture,
        },
        "trust-badges" => BlockContent::TrustBadges { labels: values.labels(&raw.labels, "badge") },
        "padlock" => BlockContent::Padlock { text: values.text(&raw.text, "padlock text") },
        "as-seen-on" => BlockContent::AsSeenOn {
            text: values.optional(&raw.text, "lead-in"),
            labels: values.labels(&raw.labels, "outlet"),
        },
        "countdown" => {
            let seconds = raw.seconds.as_ref().map_or(0, |s| *s.get_ref());
            if let Some(span) =
                raw.seconds.as_ref().map(Spanned::span).filter(|_| !(1..=MAX_COUNTDOWN).contains(&seconds))
            {
                values.check.report(
                    span,
                    format!("`seconds` must be between 1 and {MAX_COUNTDOWN} (a week)."),
                    Some("for ten minutes, write `seconds = 600`".into()),
                );
            }
            BlockContent::Countdown { text: values.text(&raw.text, "countdown text"), seconds }
        }
        "sponsored" => BlockContent::Sponsored { text: values.text(&raw.text, "sponsored label") },
        "testimonials" => BlockContent::Testimonials {
            items: values.items(&raw.items, |v, item| Testimonial {
                text: v.text(&item.text, "testimonial"),
                name: v.text(&item.name, "name"),
                detail: v.optional(&item.detail, "detail"),
            }),
        },
        "engagement" => {
            if raw.likes.is_none() && raw.shares.is_none() && raw.comments.is_none() {
                values.check.report(
                    kind.span(),
                    "An `engagement` block needs at least one count.",
                    Some("add `likes`, `shares` or `comments`, such as `likes = \"12.4k\"`".into()),
                );
            }
            BlockContent::Engagement {
                likes: values.optional(&raw.likes, "likes"),
                shares: values.optional(&raw.shares, "shares"),
                comments: values.optional(&raw.comments, "comments"),
            }
        }
        "dateline" => BlockContent::Dateline { text: values.text(&raw.text, "date line") },
        "comments" => BlockContent::Comments {
            items: values.items(&raw.items, |v, item| Comment {
                name: v.text(&item.name, "name"),
                when: v.optional(&item.when, "time"),
                text: v.text(&item.text, "comment"),
                likes: v.optional(&item.likes, "likes"),
            }),
        },
        "product" => BlockContent::Product {
            name: values.text(&raw.name, "product name"),
            price: values.text(&raw.price, "price"),
            was_price: values.optional(&raw.was_price, "old price"),
            stock: values.optional(&raw.stock, "stock note"),
            stars: values.stars(&raw.stars),
            reviews: values.optional(&raw.reviews, "review count"),
            picture,
        },
        "reviews" => BlockContent::Reviews {
            stars: values.stars(&raw.stars),
            items: values.items(&raw.items, |v, item| Review {
                name: v.text(&item.name, "name"),
                stars: v.stars(&item.stars).unwrap_or(0.0),
                when: v.optional(&item.when, "date"),
                text: v.text(&item.text, "review"),
                verified: item.verified.as_ref().is_some_and(|b| *b.get_ref()),
            }),
        },
        "post" => BlockContent::Post {
            name: values.text(&raw.name, "name"),
            handle: values.text(&raw.handle, "handle"),
            verified: raw.verified.as_ref().is_some_and(|b| *b.get_ref()),
            when: values.optional(&raw.when, "time"),
            text: values.text(&raw.text, "post"),
            picture,
            likes: values.optional(&raw.likes, "likes"),
            shares: values.optional(&raw.shares, "shares"),
            replies: values.optional(&raw.replies, "replies"),
            items: values.items(&raw.items, |v, item| Reply {
                name: v.text(&item.name, "name"),
                handle: v.text(&item.handle, "handle"),
                verified: item.verified.as_ref().is_some_and(|b| *b.get_ref()),
                when: v.optional(&item.when, "time"),
                text: v.text(&item.text, "reply"),
                likes: v.optional(&item.likes, "likes"),
            }),
        },
        "profile" => BlockContent::Profile {
            name: values.text(&raw.name, "name"),
            handle: values.text(&raw.handle, "handle"),
            verified: raw.verified.as_ref().is_some_and(|b| *b.get_ref()),
            text: values.text(&raw.text, "bio"),
            joined: values.optional(&raw.joined, "joined date"),
            followers: values.optional(&raw.followers, "followers"),
            following: values.optional(&raw.following, "following"),
            picture,
        },
        "inbox" => BlockContent::Inbox {
            items: values.items(&raw.items, |v, item| InboxRow {
                from: v.text(&item.from, "sender"),
                subject: v.text(&item.subject, "subject"),
                text: v.optional(&item.text, "preview"),
                when: v.optional(&item.when, "time"),
                link: v.optional(&item.link, "link"),
                unread: item.unread.as_ref().is_some_and(|b| *b.get_ref()),
            }),
        },
        "email" => BlockContent::Email {
            from: values.text(&raw.from, "sender's name"),
            address: values.text(&raw.address, "sender's address"),
            to: values.optional(&raw.to, "recipient"),
            subject: values.text(&raw.subject, "subject"),
            when: values.optional(&raw.when, "time"),
            text: values.text(&raw.text, "message"),
        },
        "video" => BlockContent::Video {
            name: values.text(&raw.name, "video title"),
            picture: picture.unwrap_or_default(),
            channel: values.text(&raw.channel, "channel"),
            views: values.optional(&raw.views, "views"),
            when: values.optional(&raw.when, "date"),
            duration: values.optional(&raw.duration, "duration"),
            text: values.optional(&raw.text, "description"),
        },
        "infobox" => BlockContent::Infobox {
            name: values.text(&raw.name, "infobox title"),
            picture,
            items: values.items(&raw.items, |v, item| InfoRow {
                label: v.text(&item.label, "label"),
                text: v.text(&item.text, "fact"),
            }),
        },
        "form" => BlockContent::Form {
            name: values.text(&raw.name, "form heading"),
            items: values.items(&raw.items, |v, item| FormField {
                label: v.text(&item.label, "label"),
                text: v.optional(&item.text, "placeholder"),
            }),
            button: values.text(&raw.button, "button label"),
            link: values.text(&raw.link, "link"),
        },
        "button" => {
            BlockContent::Button { text: values.text(&raw.text, "button label"), link: values.text(&raw.link, "link") }
        }
        "banner" => BlockContent::Banner { text: values.text(&raw.text, "banner text") },
        _ => return None,
    };
    (fits && items_fit).then_some(content)
}

/// Reports fields a block (or one of its entries) does not take, and required fields it lacks.
fn fields_fit(
    check: &mut Checker,
    present: &[(&'static str, Range<usize>)],
    whole: Range<usize>,
    what: &str,
    block: &str,
    required: &[&str],
    optional: &[&str],
) -> bool {
    let common: &[&str] = if what == "block" { &["type", "id"] } else { &[] };
    let allowed: Vec<&str> = required.iter().chain(optional).copied().collect();
    let fields = Fields { present, whole, required, optional, common };
    fields
        .check(
            check,
            |field| {
                let owner = if what == "block" {
                    format!("A `{block}` block")
                } else {
                    format!("A {what} in a `{block}` block")
                };
                let help = nearest(field, allowed.iter().map(|f| f.to_string()))
                    .map(|n| format!("did you mean `{n}`?"))
                    .unwrap_or_else(|| format!("it takes {}", list(&allowed)));
                (format!("{owner} does not take `{field}`."), Some(help))
            },
            |field| {
                let owner = if what == "block" {
                    format!("A `{block}` block")
                } else {
                    format!("Each {what} in a `{block}` block")
                };
                (format!("{owner} needs `{field}`."), Some(format!("add `{field} = …`; it takes {}", list(&allowed))))
            },
        )
        .fits()
}

fn list(fields: &[&str]) -> String {
    fields.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ")
}

/// The block types, for messages.
pub(super) fn type_list() -> String {
    list(&SPECS.iter().map(|spec| spec.name).collect::<Vec<_>>())
}

/// Reads checked values out of a raw block; missing required values were
/// reported by [`fields_fit`] and read as empty here.
struct Values<'c, 'a, 'p> {
    check: &'c mut Checker<'a>,
    pictures: &'p [String],
}

impl Values<'_, '_, '_> {
    fn text(&mut self, value: &Option<Spanned<String>>, what: &str) -> String {
        match value {
            Some(text) => self.check.text(text.clone(), what),
            None => String::new(),
        }
    }

    fn optional(&mut self, value: &Option<Spanned<String>>, what: &str) -> Option<String> {
        value.as_ref().map(|text| self.check.text(text.clone(), what))
    }

    fn labels(&mut self, value: &Option<Spanned<Vec<Spanned<String>>>>, what: &str) -> Vec<String> {
        let Some(labels) = value else { return Vec::new() };
        if labels.get_ref().is_empty() {
            self.check.report(
                labels.span(),
                "This list is empty.",
                Some(format!("write at least one {what} in the `[ ]`")),
            );
        }
        labels.get_ref().iter().map(|label| self.check.text(label.clone(), what)).collect()
    }

    fn stars(&mut self, value: &Option<Spanned<f64>>) -> Option<f64> {
        let stars = value.as_ref()?;
        if !(0.0..=5.0).contains(stars.get_ref()) {
            self.check.report(
                stars.span(),
                "`stars` must be between 0 and 5.",
                Some("for example `stars = 4.5`".into()),
            );
        }
        Some(*stars.get_ref())
    }

    fn picture(&mut self, value: &Option<Spanned<String>>) -> Option<String> {
        let id = value.as_ref()?;
        if !self.pictures.contains(id.get_ref()) {
            let help = nearest(id.get_ref(), self.pictures.iter().cloned())
                .map(|n| format!("did you mean `{n}`?"))
                .unwrap_or_else(|| format!("add a `[[pictures]]` table with `id = \"{}\"`", id.get_ref()));
            self.check.report(id.span(), format!("There is no picture with the id `{}`.", id.get_ref()), Some(help));
        }
        Some(id.get_ref().clone())
    }

    fn items<T>(
        &mut self,
        value: &Option<Spanned<Vec<RawItem>>>,
        mut read: impl FnMut(&mut Self, &RawItem) -> T,
    ) -> Vec<T> {
        let Some(items) = value else { return Vec::new() };
        items.get_ref().iter().map(|item| read(self, item)).collect()
    }
}

/// The `link` fields of a raw block and of its entries, with their places, for link checks.
pub(super) fn link_fields(raw: &RawBlock) -> Vec<&Spanned<String>> {
    let mut links: Vec<&Spanned<String>> = raw.link.iter().collect();
    for item in raw.items.iter().flat_map(|items| items.get_ref()) {
        links.extend(item.link.iter());
    }
    links
}
