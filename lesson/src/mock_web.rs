//! Addresses in the mock web and how links between its pages resolve.
//!
//! Nothing here touches a network: a [`MockUrl`] only names a page of a
//! lesson's [`MockWeb`], and anything else becomes [`LinkTarget::Outside`].

use std::fmt;

use crate::model::{MockWeb, Page, Site};

/// The kit's own search engine, Quarry, lives at this reserved domain: its
/// home page is `/`, its results `/search?q=words`, and its reverse image
/// search `/images?picture=id`. No lesson may use it.
pub const SEARCH_ENGINE_HOST: &str = "quarry.example";

/// The simulated public-suffix list: the reserved top-level names and the
/// second-level names under which anyone may register, as `gov.uk` or
/// `co.uk` work in the real list. So `hearthwell.gov.example` belongs to
/// whoever registered `hearthwell.gov.example`, while
/// `council.gov.uk.secure-pay.example` belongs to `secure-pay.example`.
const RESERVED_TOP_LEVEL: [&str; 4] = ["example", "test", "invalid", "localhost"];
const SECOND_LEVEL_SUFFIXES: [&str; 9] = ["gov", "co", "org", "ac", "sch", "nhs", "police", "ltd", "me"];

/// The part of a host name that someone registered: everything to its left
/// was chosen by that owner, which is how look-alike addresses fool people.
pub fn registrable_domain(host: &str) -> &str {
    let labels: Vec<&str> = host.split('.').collect();
    let suffix_len = match labels.as_slice() {
        [.., second, top] if RESERVED_TOP_LEVEL.contains(top) && SECOND_LEVEL_SUFFIXES.contains(second) => 2,
        _ => 1,
    };
    if labels.len() <= suffix_len {
        return host;
    }
    let keep = suffix_len + 1;
    let start: usize = labels[..labels.len() - keep].iter().map(|label| label.len() + 1).sum();
    &host[start..]
}

/// An address in the mock web: a host and a path, shown with `https://`.
/// Fragments are dropped, and so are query strings except the search
/// engine's `q` and `picture`: mock pages do not use them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct MockUrl {
    host: String,
    path: String,
    /// The words searched for, on the search engine's results page only.
    search: Option<String>,
    /// The picture looked for, on the search engine's image results only.
    picture: Option<String>,
}

impl MockUrl {
    /// Parses an absolute `https://` or `http://` address, as a browser would.
    pub fn parse(text: &str) -> Result<MockUrl, String> {
        let text = text.trim();
        if strip_scheme(text).is_none() {
            return Err(format!("`{text}` is not a full web address; write it as `https://some-site.example/page`"));
        }
        let not_a_domain = |host: &str| {
            format!("`{host}` is not a domain name; use letters, digits, `-` and dots, such as `grant-news.example`")
        };
        let url = url::Url::parse(text).map_err(|_| not_a_domain(host_as_written(text)))?;
        let Some(url::Host::Domain(host)) = url.host() else {
            return Err(not_a_domain(host_as_written(text)));
        };
        let host_is_valid = host.contains('.')
            && host
                .split('.')
                .all(|label| !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
        if !host_is_valid {
            return Err(not_a_domain(host_as_written(text)));
        }
        let query =
            |name: &str| url.query_pairs().find(|(key, _)| key == name).map(|(_, value)| value.trim().to_owned());
        let (search, picture) = if host == SEARCH_ENGINE_HOST { (query("q"), query("picture")) } else { (None, None) };
        Ok(MockUrl { host: host.to_owned(), path: clean_path(url.path()), search, picture })
    }

    /// Builds an address from a known-good domain and path.
    pub fn new(host: &str, path: &str) -> MockUrl {
        MockUrl { host: host.to_ascii_lowercase(), path: clean_path(path), search: None, picture: None }
    }

    /// The search engine's results page for these words.
    pub fn search(words: &str) -> MockUrl {
        MockUrl {
            host: SEARCH_ENGINE_HOST.to_owned(),
            path: "/search".to_owned(),
            search: Some(words.trim().to_owned()),
            picture: None,
        }
    }

    /// The search engine's list of the pages that show a picture (reverse image search).
    pub fn picture_search(picture: &str) -> MockUrl {
        MockUrl {
            host: SEARCH_ENGINE_HOST.to_owned(),
            path: "/images".to_owned(),
            search: None,
            picture: Some(picture.trim().to_owned()),
        }
    }

    pub fn host(&self) -> &str {
        &self.host
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// The part of the host its owner registered (see [`registrable_domain`]).
    pub fn registrable_domain(&self) -> &str {
        registrable_domain(&self.host)
    }

    /// Whether this is a page of the kit's search engine.
    pub fn is_search_engine(&self) -> bool {
        self.host == SEARCH_ENGINE_HOST
    }

    /// The words searched for, if this is the search engine's results page.
    pub fn search_words(&self) -> Option<&str> {
        self.search.as_deref().filter(|_| self.is_search_engine() && self.path == "/search")
    }

    /// The id of the picture looked for, if this is the search engine's image results.
    pub fn picture_searched(&self) -> Option<&str> {
        self.picture.as_deref().filter(|_| self.is_search_engine() && self.path == "/images")
    }
}

impl fmt::Display for MockUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "https://{}{}", self.host, self.path)?;
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        if let Some(words) = &self.search {
            query.append_pair("q", words);
        }
        if let Some(picture) = &self.picture {
            query.append_pair("picture", picture);
        }
        let query = query.finish();
        if !query.is_empty() {
            write!(f, "?{query}")?;
        }
        Ok(())
    }
}

/// The host part of an address as its author wrote it, for error messages.
fn host_as_written(text: &str) -> &str {
    let rest = strip_scheme(text).unwrap_or(text);
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    &rest[..end]
}

fn strip_scheme(text: &str) -> Option<&str> {
    let lower = text.get(..8).unwrap_or(text).to_ascii_lowercase();
    if lower.starts_with("https://") {
        Some(&text[8..])
    } else if lower.starts_with("http://") {
        Some(&text[7..])
    } else {
        None
    }
}

/// Drops any query or fragment, and makes an empty path `/`.
fn clean_path(path: &str) -> String {
    let end = path.find(['?', '#']).unwrap_or(path.len());
    let path = &path[..end];
    if path.is_empty() {
        "/".to_owned()
    } else if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("/{path}")
    }
}

/// Where a link leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// A page of the lesson's mock web.
    Page(MockUrl),
    /// Anywhere else: the simulated browser shows that it is not part of the exercise.
    Outside(String),
}

impl MockWeb {
    pub fn site(&self, host: &str) -> Option<&Site> {
        self.sites.iter().find(|site| site.domain.eq_ignore_ascii_case(host))
    }

    pub fn page(&self, url: &MockUrl) -> Option<(&Site, &Page)> {
        let site = self.site(url.host())?;
        let page = site.pages.iter().find(|page| page.path == url.path())?;
        Some((site, page))
    }

    /// Whether an address can be shown: a page of a lesson's site, or the
    /// kit's search engine (its home page, its results and its image results).
    pub fn contains(&self, url: &MockUrl) -> bool {
        self.page(url).is_some() || (url.is_search_engine() && matches!(url.path(), "/" | "/search" | "/images"))
    }

    /// Finds the page a learner means by what they typed into the address bar,
    /// forgiving what browsers forgive: no `https://`, capitals, spaces, a
    /// leading `www.` and a trailing `/`. Words that are not an address are
    /// searched for, as a browser's address bar does.
    pub fn resolve_typed(&self, typed: &str) -> LinkTarget {
        let typed = typed.trim();
        let looks_like_address = typed.contains("://") || (typed.contains('.') && !typed.contains(char::is_whitespace));
        if !looks_like_address {
            return LinkTarget::Page(MockUrl::search(typed));
        }
        let address = if typed.contains("://") { typed.to_owned() } else { format!("https://{typed}") };
        let Ok(url) = MockUrl::parse(&address) else {
            return LinkTarget::Outside(typed.to_owned());
        };
        if url.is_search_engine() {
            return if self.contains(&url) { LinkTarget::Page(url) } else { LinkTarget::Outside(url.to_string()) };
        }
        let host = url.host().strip_prefix("www.").filter(|bare| self.site(bare).is_some()).unwrap_or(url.host());
        let path = url.path();
        let lower = path.to_ascii_lowercase();
        let candidates = [path, path.trim_end_matches('/'), &lower, lower.trim_end_matches('/')];
        candidates
            .iter()
            .map(|path| MockUrl::new(host, if path.is_empty() { "/" } else { path }))
            .find(|candidate| self.page(candidate).is_some())
            .map_or(LinkTarget::Outside(MockUrl::new(host, path).to_string()), LinkTarget::Page)
    }

    /// Resolves a link's `href`, as written on the page at `base`, the way a
    /// browser would: absolute, site-relative (`/about`) or page-relative.
    pub fn resolve_link(&self, base: &MockUrl, href: &str) -> LinkTarget {
        let href = href.trim();
        let target = if strip_scheme(href).is_some() {
            MockUrl::parse(href).ok()
        } else if href.contains(':') || href.starts_with("//") {
            // mailto:, javascript:, protocol-relative and the like never resolve.
            None
        } else if href.starts_with('/') {
            Some(MockUrl::new(base.host(), href))
        } else if href.is_empty() || href.starts_with('#') || href.starts_with('?') {
            Some(base.clone())
        } else {
            let dir_end = base.path().rfind('/').map_or(0, |i| i + 1);
            Some(MockUrl::new(base.host(), &format!("{}{href}", &base.path()[..dir_end])))
        };
        match target {
            Some(url) if self.contains(&url) => LinkTarget::Page(url),
            Some(url) => LinkTarget::Outside(url.to_string()),
            None => LinkTarget::Outside(href.to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Genre, Theme};

    fn web() -> MockWeb {
        let page = |path: &str| Page {
            path: path.into(),
            title: String::new(),
            byline: None,
            body: String::new(),
            blocks: Vec::new(),
        };
        MockWeb {
            sites: vec![Site {
                domain: "news.example".into(),
                name: "News".into(),
                tagline: None,
                genre: Genre::News,
                theme: Theme::Classic,
                registration: None,
                pages: vec![page("/"), page("/about"), page("/stories/one"), page("/stories/two")],
            }],
        }
    }

    #[test]
    fn parses_and_normalises_addresses() {
        let url = MockUrl::parse("HTTPS://News.Example/about?x=1#top").unwrap();
        assert_eq!(url.to_string(), "https://news.example/about");
        assert_eq!(MockUrl::parse("http://news.example").unwrap().path(), "/");
        assert!(MockUrl::parse("news.example/about").is_err());
        assert!(MockUrl::parse("https://bad host/").is_err());
    }

    #[test]
    fn resolves_links_like_a_browser() {
        let web = web();
        let base = MockUrl::parse("https://news.example/stories/one").unwrap();
        let page = |s: &str| LinkTarget::Page(MockUrl::parse(s).unwrap());
        assert_eq!(web.resolve_link(&base, "two"), page("https://news.example/stories/two"));
        assert_eq!(web.resolve_link(&base, "/about"), page("https://news.example/about"));
        assert_eq!(web.resolve_link(&base, "https://news.example/"), page("https://news.example/"));
        assert_eq!(web.resolve_link(&base, "#comments"), page("https://news.example/stories/one"));
    }

    #[test]
    fn typed_addresses_are_forgiven_what_browsers_forgive() {
        let web = web();
        let page = |s: &str| LinkTarget::Page(MockUrl::parse(s).unwrap());
        assert_eq!(web.resolve_typed("news.example"), page("https://news.example/"));
        assert_eq!(web.resolve_typed("  News.Example/About/ "), page("https://news.example/about"));
        assert_eq!(web.resolve_typed("www.news.example/stories/one"), page("https://news.example/stories/one"));
        assert_eq!(web.resolve_typed("http://news.example/about"), page("https://news.example/about"));
        assert_eq!(
            web.resolve_typed("news.example/nowhere"),
            LinkTarget::Outside("https://news.example/nowhere".into())
        );
        assert_eq!(web.resolve_typed("hedgehog numbers"), LinkTarget::Page(MockUrl::search("hedgehog numbers")));
        assert_eq!(web.resolve_typed("quarry.example"), LinkTarget::Page(MockUrl::new(SEARCH_ENGINE_HOST, "/")));
    }

    #[test]
    fn the_search_engine_keeps_its_words() {
        let url = MockUrl::parse("https://quarry.example/search?q=council+tax%20refund&page=2").unwrap();
        assert_eq!(url.search_words(), Some("council tax refund"));
        assert_eq!(url.to_string(), "https://quarry.example/search?q=council+tax+refund");
        assert_eq!(MockUrl::parse(&url.to_string()), Ok(url));
        let elsewhere = MockUrl::parse("https://news.example/search?q=x").unwrap();
        assert_eq!(elsewhere.search_words(), None);
        assert_eq!(elsewhere.to_string(), "https://news.example/search");
    }

    #[test]
    fn the_image_search_keeps_its_picture() {
        let url = MockUrl::picture_search("flood-street");
        assert_eq!(url.to_string(), "https://quarry.example/images?picture=flood-street");
        assert_eq!(url.picture_searched(), Some("flood-street"));
        assert_eq!(url.search_words(), None);
        let read = MockUrl::parse("https://quarry.example/images?picture=flood-street&size=large#top").unwrap();
        assert_eq!(read, url);
        assert!(web().contains(&url));
        assert_eq!(web().resolve_typed("quarry.example/images?picture=flood-street"), LinkTarget::Page(url));
        let elsewhere = MockUrl::parse("https://news.example/images?picture=flood-street").unwrap();
        assert_eq!(elsewhere.picture_searched(), None);
        assert_eq!(elsewhere.to_string(), "https://news.example/images");
        let on_results = MockUrl::parse("https://quarry.example/search?q=flood&picture=flood-street").unwrap();
        assert_eq!(on_results.picture_searched(), None, "only the image results look for a picture");
    }

    #[test]
    fn the_registrable_domain_is_what_someone_owns() {
        assert_eq!(registrable_domain("council.gov.uk.secure-pay.example"), "secure-pay.example");
        assert_eq!(registrable_domain("hearthwell.gov.example"), "hearthwell.gov.example");
        assert_eq!(registrable_domain("www.hearthwell.gov.example"), "hearthwell.gov.example");
        assert_eq!(registrable_domain("news.example"), "news.example");
        assert_eq!(registrable_domain("gov.example"), "gov.example");
        assert_eq!(registrable_domain("example"), "example");
        // Mock domains are ASCII; a look-alike letter from another alphabet is not one of them.
        assert!(MockUrl::parse("https://pаypal-help.example/").is_err());
    }

    #[test]
    fn anything_outside_the_mock_web_is_outside() {
        let web = web();
        let base = MockUrl::parse("https://news.example/").unwrap();
        for href in
            ["https://elsewhere.example/", "/missing", "javascript:alert(1)", "mailto:a@b.example", "//cdn.example/x"]
        {
            assert!(matches!(web.resolve_link(&base, href), LinkTarget::Outside(_)), "{href}");
        }
    }
}
