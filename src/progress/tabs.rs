//! The simulated browser's tabs as data: each tab has its own back-and-forward
//! history of addresses. No web types here, so the rules are tested natively.

use serde::{Deserialize, Serialize};

use super::LessonProgress;

/// At most this many tabs are kept open: opening another closes the oldest
/// tab in the background, so saved progress stays small.
pub const MAX_TABS: usize = 10;
/// At most this many addresses are kept in one tab's history (the oldest go first).
pub const MAX_HISTORY: usize = 50;

/// One tab: its history of addresses, and the entry on show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tab {
    /// Stays the same while the tab is open, whatever opens or closes around it.
    pub id: u32,
    pub history: Vec<String>,
    /// The entry on show, counting from 0.
    #[serde(default)]
    pub index: usize,
}

impl Tab {
    fn new(id: u32, address: String) -> Tab {
        Tab { id, history: vec![address], index: 0 }
    }

    /// The address on show in this tab.
    pub fn address(&self) -> Option<&str> {
        self.history.get(self.index).map(String::as_str)
    }
}

impl LessonProgress {
    /// Opens the first tab, on `start`, if the learner has none yet.
    pub fn ensure_tab(&mut self, start: &str) {
        if self.tabs.is_empty() {
            self.tabs.push(Tab::new(0, start.to_owned()));
            self.active_tab = 0;
        }
    }

    /// The tab on show, if any is open.
    pub fn tab(&self) -> Option<&Tab> {
        self.tabs.iter().find(|tab| tab.id == self.active_tab).or(self.tabs.first())
    }

    fn tab_mut(&mut self) -> Option<&mut Tab> {
        let index = self.tabs.iter().position(|tab| tab.id == self.active_tab).unwrap_or(0);
        self.tabs.get_mut(index)
    }

    /// The address on show in the active tab.
    pub fn address(&self) -> Option<&str> {
        self.tab().and_then(Tab::address)
    }

    pub fn can_go_back(&self) -> bool {
        self.tab().is_some_and(|tab| tab.index > 0)
    }

    pub fn can_go_forward(&self) -> bool {
        self.tab().is_some_and(|tab| tab.index + 1 < tab.history.len())
    }

    /// Opens an address in the active tab as a new history entry (dropping
    /// any forward entries, as browsers do). False if it was already on show.
    pub fn go(&mut self, address: String) -> bool {
        let Some(tab) = self.tab_mut() else {
            return false;
        };
        if tab.address() == Some(address.as_str()) {
            return false;
        }
        tab.history.truncate(tab.index + 1);
        tab.history.push(address);
        if tab.history.len() > MAX_HISTORY {
            let extra = tab.history.len() - MAX_HISTORY;
            tab.history.drain(..extra);
        }
        tab.index = tab.history.len() - 1;
        true
    }

    /// Back (or forward) one entry in the active tab. False if there was nowhere to go.
    pub fn step(&mut self, forward: bool) -> bool {
        let Some(tab) = self.tab_mut() else {
            return false;
        };
        if forward && tab.index + 1 < tab.history.len() {
            tab.index += 1;
            true
        } else if !forward && tab.index > 0 {
            tab.index -= 1;
            true
        } else {
            false
        }
    }

    /// Opens an address in a new tab at the end of the strip, on show or in
    /// the background, and gives the new tab's id. With [`MAX_TABS`] open,
    /// the oldest tab in the background is closed first.
    pub fn open_tab(&mut self, address: String, on_show: bool) -> u32 {
        if self.tabs.len() >= MAX_TABS {
            if let Some(oldest) = self.tabs.iter().position(|tab| tab.id != self.active_tab) {
                self.tabs.remove(oldest);
            }
        }
        let id = self.tabs.iter().map(|tab| tab.id + 1).max().unwrap_or(0);
        self.tabs.push(Tab::new(id, address));
        if on_show || self.tabs.len() == 1 {
            self.active_tab = id;
        }
        id
    }

    /// Shows another tab. False if it was already on show, or is not open.
    pub fn select_tab(&mut self, id: u32) -> bool {
        if self.active_tab == id || !self.tabs.iter().any(|tab| tab.id == id) {
            return false;
        }
        self.active_tab = id;
        true
    }

    /// Closes a tab, unless it is the last one. If it was on show, the tab to
    /// its right is shown (or, for the last tab, the one to its left), as
    /// browsers do. True if the tab on show changed.
    pub fn close_tab(&mut self, id: u32) -> bool {
        if self.tabs.len() < 2 {
            return false;
        }
        let Some(position) = self.tabs.iter().position(|tab| tab.id == id) else {
            return false;
        };
        self.tabs.remove(position);
        if self.active_tab != id {
            return false;
        }
        let next = position.min(self.tabs.len() - 1);
        self.active_tab = self.tabs[next].id;
        true
    }

    /// Makes tabs read from storage or an LMS safe to use: no empty tab, each
    /// history entry on show within its history, ids unique, the active tab open.
    pub fn repair_tabs(&mut self) {
        self.tabs.retain(|tab| !tab.history.is_empty());
        let mut seen = Vec::new();
        for tab in &mut self.tabs {
            tab.index = tab.index.min(tab.history.len() - 1);
            if seen.contains(&tab.id) {
                tab.id = seen.iter().max().map_or(0, |max| max + 1);
            }
            seen.push(tab.id);
        }
        if !self.tabs.iter().any(|tab| tab.id == self.active_tab) {
            self.active_tab = self.tabs.first().map_or(0, |tab| tab.id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn browsing() -> LessonProgress {
        let mut progress = LessonProgress::default();
        progress.ensure_tab("https://a.example/");
        progress
    }

    #[test]
    fn each_tab_has_its_own_history() {
        let mut progress = browsing();
        assert!(progress.go("https://a.example/about".into()));
        assert!(!progress.go("https://a.example/about".into()), "the page on show is not opened twice");
        let second = progress.open_tab("https://b.example/".into(), true);
        assert_eq!(progress.address(), Some("https://b.example/"));
        assert!(!progress.can_go_back(), "a new tab starts with no history");
        progress.go("https://b.example/more".into());
        assert!(progress.select_tab(0));
        assert_eq!(progress.address(), Some("https://a.example/about"));
        assert!(progress.step(false));
        assert_eq!(progress.address(), Some("https://a.example/"));
        assert!(!progress.step(false));
        progress.select_tab(second);
        assert_eq!(progress.address(), Some("https://b.example/more"));
    }

    #[test]
    fn going_somewhere_new_drops_the_forward_entries() {
        let mut progress = browsing();
        progress.go("https://a.example/1".into());
        progress.go("https://a.example/2".into());
        progress.step(false);
        progress.step(false);
        assert!(progress.can_go_forward());
        progress.go("https://c.example/".into());
        assert!(!progress.can_go_forward());
        assert_eq!(progress.tab().map(|t| t.history.len()), Some(2));
    }

    #[test]
    fn a_background_tab_leaves_the_page_on_show() {
        let mut progress = browsing();
        let id = progress.open_tab("https://b.example/".into(), false);
        assert_eq!(progress.address(), Some("https://a.example/"));
        assert_eq!(progress.tabs.len(), 2);
        assert_ne!(id, 0);
    }

    #[test]
    fn closing_the_tab_on_show_shows_its_neighbour_and_the_last_tab_stays() {
        let mut progress = browsing();
        let b = progress.open_tab("https://b.example/".into(), false);
        let c = progress.open_tab("https://c.example/".into(), false);
        progress.select_tab(b);
        assert!(progress.close_tab(b), "the tab on show changed");
        assert_eq!(progress.active_tab, c, "the tab to the right");
        assert!(progress.close_tab(c));
        assert_eq!(progress.active_tab, 0, "the last tab: the one to its left");
        assert!(!progress.close_tab(0), "the last tab cannot be closed");
        assert_eq!(progress.tabs.len(), 1);
        let d = progress.open_tab("https://d.example/".into(), false);
        assert!(!progress.close_tab(d), "closing a tab in the background leaves the page on show");
        assert_eq!(progress.address(), Some("https://a.example/"));
    }

    #[test]
    fn tabs_and_history_are_capped() {
        let mut progress = browsing();
        for i in 0..MAX_TABS + 3 {
            progress.open_tab(format!("https://t{i}.example/"), false);
        }
        assert_eq!(progress.tabs.len(), MAX_TABS);
        assert_eq!(progress.address(), Some("https://a.example/"), "the tab on show is never closed for room");
        let ids: Vec<u32> = progress.tabs.iter().map(|t| t.id).collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(ids.len(), unique.len());
        for i in 0..MAX_HISTORY + 5 {
            progress.go(format!("https://a.example/{i}"));
        }
        let tab = progress.tab().expect("open");
        assert_eq!(tab.history.len(), MAX_HISTORY);
        assert_eq!(tab.address(), Some(format!("https://a.example/{}", MAX_HISTORY + 4).as_str()));
    }

    #[test]
    fn damaged_tabs_are_repaired() {
        let mut progress = LessonProgress {
            tabs: vec![
                Tab { id: 4, history: vec![], index: 0 },
                Tab { id: 2, history: vec!["https://a.example/".into()], index: 8 },
                Tab { id: 2, history: vec!["https://b.example/".into()], index: 0 },
            ],
            active_tab: 4,
            ..Default::default()
        };
        progress.repair_tabs();
        assert_eq!(progress.tabs.len(), 2);
        assert_eq!(progress.address(), Some("https://a.example/"));
        assert_ne!(progress.tabs[0].id, progress.tabs[1].id);
    }
}
