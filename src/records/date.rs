//! Calendar dates as records show them ("12 March 2025") and as files and
//! verification codes hold them ("2025-03-12"), read back from what a person
//! types. No time zones: a date is the learner's own day.

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    year: u16,
    /// 1 to 12: only [`CalendarDate::new`] makes one, and it checks.
    month: u8,
    day: u8,
}

impl CalendarDate {
    /// A real date, or `None` (30 February, month 13).
    pub fn new(year: u16, month: u8, day: u8) -> Option<CalendarDate> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => return None,
        };
        (1000..=9999).contains(&year).then_some(())?;
        (1..=days).contains(&day).then_some(CalendarDate { year, month, day })
    }

    /// "2025-03-12".
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "12 March 2025".
    pub fn words(&self) -> String {
        match MONTHS.get(usize::from(self.month).wrapping_sub(1)) {
            Some(month) => format!("{} {month} {}", self.day, self.year),
            None => self.iso(),
        }
    }

    /// Reads a date as a person types it from a printed page: "12 March 2025",
    /// "12 Mar 2025", "12/03/2025" (day first, as in the UK) or "2025-03-12".
    /// The date part of a timestamp ("2025-03-12T14:03:00Z") reads too.
    pub fn parse(text: &str) -> Option<CalendarDate> {
        let text = text.trim();
        let number = |part: &str| part.trim().parse::<u16>().ok();
        if let Some((date, _time)) = text.split_once('T') {
            if date.len() == 10 {
                return CalendarDate::parse(date);
            }
        }
        let dashed: Vec<&str> = text.split('-').collect();
        if let [year, month, day] = dashed.as_slice() {
            if year.len() == 4 {
                return CalendarDate::new(
                    number(year)?,
                    u8::try_from(number(month)?).ok()?,
                    u8::try_from(number(day)?).ok()?,
                );
            }
        }
        let slashed: Vec<&str> = text.split('/').collect();
        if let [day, month, year] = slashed.as_slice() {
            return CalendarDate::new(
                number(year)?,
                u8::try_from(number(month)?).ok()?,
                u8::try_from(number(day)?).ok()?,
            );
        }
        let words: Vec<&str> = text.split([' ', ',']).filter(|w| !w.is_empty()).collect();
        if let [day, month, year] = words.as_slice() {
            let day = day.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // "12th"
            let month = month.to_lowercase();
            let index = MONTHS.iter().position(|m| {
                let m = m.to_lowercase();
                m == month || (month.len() >= 3 && m.starts_with(&month))
            })?;
            return CalendarDate::new(number(year)?, index as u8 + 1, u8::try_from(number(day)?).ok()?);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_reads_as_it_is_printed_or_typed() {
        let date = CalendarDate::new(2025, 3, 12).expect("a real date");
        assert_eq!(date.words(), "12 March 2025");
        assert_eq!(date.iso(), "2025-03-12");
        for typed in [
            "12 March 2025",
            " 12 march 2025 ",
            "12 Mar 2025",
            "12th March, 2025",
            "12/03/2025",
            "2025-03-12",
            "2025-03-12T23:59:59.000Z",
        ] {
            assert_eq!(CalendarDate::parse(typed), Some(date), "{typed}");
        }
    }

    #[test]
    fn impossible_dates_do_not_read() {
        for typed in [
            "",
            "30 February 2025",
            "29/02/2023",
            "2025-13-01",
            "12 Marchember 2025",
            "12 Ma 2025",
            "yesterday",
            "0/0/0",
        ] {
            assert_eq!(CalendarDate::parse(typed), None, "{typed}");
        }
        assert_eq!(CalendarDate::parse("29 February 2024").map(|d| d.iso()), Some("2024-02-29".into()));
    }
}
