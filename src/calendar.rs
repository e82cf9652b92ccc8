//! Calendar dates as records show them ("12 March 2025") and as files and
//! verification codes hold them ("2025-03-12"), read back from what a person
//! types. No time zones: a date is the learner's own day. Saved progress
//! holds dates as "2025-03-12" too.

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

    /// The date `days` days later: when a skills check's later sitting falls due.
    pub fn plus_days(&self, days: u32) -> CalendarDate {
        let (year, month, day) = civil_from_days(self.days_since_1970() + i64::from(days));
        // Past year 9999 there is nothing to offer; the last day stands in.
        u16::try_from(year).ok().and_then(|year| CalendarDate::new(year, month, day)).unwrap_or(CalendarDate {
            year: 9999,
            month: 12,
            day: 31,
        })
    }

    /// Days since 1 January 1970 (Howard Hinnant's `days_from_civil`).
    fn days_since_1970(&self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
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

/// The (year, month, day) of a count of days since 1970 (Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month as u8, day as u8)
}

/// Saved as "2025-03-12".
impl serde::Serialize for CalendarDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> serde::Deserialize<'de> for CalendarDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        CalendarDate::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a date written as 2025-03-12")))
    }
}

/// Today in the learner's own time zone, from the browser's clock (wasm only).
pub fn today() -> Option<CalendarDate> {
    let now = js_sys::Date::new_0();
    CalendarDate::new(now.get_full_year() as u16, now.get_month() as u8 + 1, now.get_date() as u8)
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
    fn a_week_later_crosses_months_years_and_leap_days() {
        let date = |y, m, d| CalendarDate::new(y, m, d).expect("a real date");
        assert_eq!(date(2025, 3, 12).plus_days(7), date(2025, 3, 19));
        assert_eq!(date(2026, 11, 27).plus_days(7), date(2026, 12, 4));
        assert_eq!(date(2025, 12, 28).plus_days(7), date(2026, 1, 4));
        assert_eq!(date(2024, 2, 25).plus_days(7), date(2024, 3, 3));
        assert_eq!(date(2023, 2, 25).plus_days(7), date(2023, 3, 4));
        assert_eq!(date(2000, 2, 28).plus_days(1), date(2000, 2, 29));
        assert_eq!(date(1970, 1, 1).plus_days(0), date(1970, 1, 1));
        assert_eq!(date(1969, 12, 31).plus_days(1), date(1970, 1, 1));
        assert_eq!(date(9999, 12, 30).plus_days(7), date(9999, 12, 31));
        assert!(date(2026, 11, 27).plus_days(7) > date(2026, 12, 3));
    }

    #[test]
    fn a_date_is_saved_as_its_iso_form() {
        let date = CalendarDate::new(2025, 3, 12).expect("a real date");
        assert_eq!(serde_json::to_string(&date).expect("writes"), "\"2025-03-12\"");
        assert_eq!(serde_json::from_str::<CalendarDate>("\"2025-03-12\"").expect("reads"), date);
        assert!(serde_json::from_str::<CalendarDate>("\"2025-02-30\"").is_err());
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
