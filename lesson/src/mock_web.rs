//! Addresses in the mock web and how links between its pages resolve.
//!
//! Nothing here touches a network: a [`MockUrl`] only names a page of a
//! lesson's [`MockWeb`], and anything else becomes [`LinkTarget::Outside`].

use std::fmt;

use crate::model::{MockWeb, Page, Site};

/// An address in the mock web: a host and a path, shown with `https://`.
/// Query strings and fragments are dropped: mock pages do not use them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MockUrl {
    host: String,
    path: String,
}

impl MockUrl {
    /// Parses an absolute `https://` or `http://` address.
    pub fn parse(text: &str) -> Result<MockUrl, String> {
        let text = text.trim();
        let rest = strip_scheme(text).ok_or_else(|| {
            format!("`{text}` is not a full web address; write it as `https://some-site.example/page`")
        })?;
        let (host, path) = match rest.find('/') {
            Some(slash) => (&rest[..slash], &rest[slash..]),
            None => (rest, "/"),
        };
        let host = host.to_ascii_lowercase();
        let host_is_valid = !host.is_empty()
            && host.contains('.')
            && host
                .split('.')
                .all(|label| !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
        if !host_is_valid {
            return Err(format!(
                "`{host}` is not a domain name; use letters, digits, `-` and dots, such as `grant-news.example`"
            ));
        }
        Ok(MockUrl { host, path: clean_path(path) })
    }

    /// Builds an address from a known-good domain and path.
    pub fn new(host: &str, path: &str) -> MockUrl {
        MockUrl { host: host.to_ascii_lowercase(), path: clean_path(path) }
    }

    pub fn host(&self) -> &str {
        &self.host
    }

    pub fn path(&self) -> &str {
        &self.path
    }
}

impl fmt::Display for MockUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "https://{}{}", self.host, self.path)
    }
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

    /// Finds the page a learner means by what they typed into the address bar,
    /// forgiving what browsers forgive: no `https://`, capitals, spaces, a
    /// leading `www.` and a trailing `/`.
    pub fn resolve_typed(&self, typed: &str) -> LinkTarget {
        let typed = typed.trim();
        let address = if typed.contains("://") { typed.to_owned() } else { format!("https://{typed}") };
        let Ok(url) = MockUrl::parse(&address) else {
            return LinkTarget::Outside(typed.to_owned());
        };
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
            Some(url) if self.page(&url).is_some() => LinkTarget::Page(url),
            Some(url) => LinkTarget::Outside(url.to_string()),
            None => LinkTarget::Outside(href.to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Genre;

    fn web() -> MockWeb {
        let page = |path: &str| Page { path: path.into(), title: String::new(), byline: None, body: String::new() };
        MockWeb {
            sites: vec![Site {
                domain: "news.example".into(),
                name: "News".into(),
                tagline: None,
                genre: Genre::News,
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
        assert_eq!(web.resolve_typed("hedgehog numbers"), LinkTarget::Outside("hedgehog numbers".into()));
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
