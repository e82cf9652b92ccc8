//! What the lesson model's enums are called on screen. A file of its own
//! because the teacher notes (`lesson/src/bin/teacher-notes`) include it
//! too, so both say a technique the same way.

use lesson::{Audience, Sitting, Technique};

/// Who a lesson or track is for.
pub fn audience(audience: Audience) -> &'static str {
    match audience {
        Audience::Classroom => "Classroom",
        Audience::Staff => "Staff training",
        Audience::General => "Everyone",
    }
}

/// Several audiences, as a lesson's or track's facts list them.
pub fn audiences(audiences: &[Audience]) -> String {
    audiences.iter().map(|&a| audience(a)).collect::<Vec<_>>().join(", ")
}

/// A technique, as the catalogue's tags show it.
pub fn technique(technique: Technique) -> &'static str {
    match technique {
        Technique::LateralReading => "Lateral reading",
        Technique::ClickRestraint => "Click restraint",
        Technique::TraceTheClaim => "Tracing a claim to its source",
        Technique::LookAlikeDomain => "Look-alike domains",
        Technique::HiddenOwnership => "Hidden ownership and front groups",
        Technique::FakeExpert => "Fake experts and credentials",
        Technique::UndatedPage => "Undated and out-of-date pages",
        Technique::InventedStatistic => "Invented or misquoted statistics",
        Technique::ManipulatedImage => "Manipulated or recycled images",
        Technique::MisleadingChart => "Misleading charts",
        Technique::EmotionalLanguage => "Emotional and urgent language",
        Technique::Clickbait => "Clickbait",
        Technique::SponsoredContent => "Sponsored content dressed as news",
        Technique::FakeReviews => "Fake reviews and testimonials",
        Technique::Impersonation => "Impersonation",
        Technique::Satire => "Satire taken as news",
        Technique::Phishing => "Phishing and payment scams",
        Technique::AiGenerated => "AI-generated text and images",
        Technique::SearchResults => "The first search result is not the best source",
    }
}

/// When a skills check is taken, as a heading; in lower case inside a sentence.
pub fn sitting(sitting: Sitting) -> &'static str {
    match sitting {
        Sitting::Before => "Before the track",
        Sitting::After => "After the track",
        Sitting::Later => "A week later",
    }
}
