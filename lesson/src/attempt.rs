//! One attempt at a lesson: which activities it shows and in what order
//! their options come, all drawn from the attempt's seed.

use crate::model::{Activity, ActivityKind, Lesson};
use crate::seeded::{self, Seed};

/// A lesson as one learner's attempt shows it. The same seed always gives
/// the same attempt, so a saved seed brings back the same questions.
#[derive(Debug, Clone)]
pub struct Attempt<'a> {
    lesson: &'a Lesson,
    seed: Seed,
    activities: Vec<&'a Activity>,
}

impl Lesson {
    /// The attempt this seed gives: every activity outside a pool, and `draw`
    /// activities from each pool, each in its place in the lesson.
    pub fn attempt(&self, seed: Seed) -> Attempt<'_> {
        let mut drawn: Vec<&str> = Vec::new();
        for pool in &self.pools {
            let members: Vec<&str> = self
                .activities
                .iter()
                .filter(|a| a.pool.as_deref() == Some(pool.name.as_str()))
                .map(|a| a.id.as_str())
                .collect();
            drawn.extend(seeded::shuffled(seed, &format!("pool:{}", pool.name), members).into_iter().take(pool.draw));
        }
        let activities =
            self.activities.iter().filter(|a| a.pool.is_none() || drawn.contains(&a.id.as_str())).collect();
        Attempt { lesson: self, seed, activities }
    }
}

impl<'a> Attempt<'a> {
    pub fn lesson(&self) -> &'a Lesson {
        self.lesson
    }

    pub fn seed(&self) -> Seed {
        self.seed
    }

    /// The activities this attempt shows, in order.
    pub fn activities(&self) -> &[&'a Activity] {
        &self.activities
    }

    pub fn activity(&self, id: &str) -> Option<&'a Activity> {
        self.activities.iter().copied().find(|a| a.id == id)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.activities.iter().position(|a| a.id == id)
    }

    /// The order to show an activity's options in, as indexes of the
    /// author's order: drawn for this attempt unless the author fixed it.
    pub fn option_order(&self, activity: &Activity) -> Vec<usize> {
        let order: Vec<usize> = (0..activity.kind.options().len()).collect();
        if activity.shuffle {
            seeded::shuffled(self.seed, &format!("options:{}", activity.id), order)
        } else {
            order
        }
    }

    /// The order a put-in-order activity's steps start in: drawn for this
    /// attempt, and never already right (that would give the answer away).
    pub fn starting_order(&self, activity: &Activity) -> Vec<usize> {
        let ActivityKind::PutInOrder { steps, .. } = &activity.kind else { return Vec::new() };
        let right: Vec<usize> = (0..steps.len()).collect();
        let mut order = seeded::shuffled(self.seed, &format!("steps:{}", activity.id), right.clone());
        if order == right {
            order.rotate_left(1);
        }
        order
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use crate::parse_lesson;

    const LESSON: &str = include_str!("../tests/fixtures/every-activity-type.toml");

    fn lesson() -> crate::Lesson {
        parse_lesson("every-activity-type.toml", LESSON).expect("the fixture is valid")
    }

    /// Everything an attempt shows that the seed decides.
    fn shown(lesson: &crate::Lesson, seed: u64) -> Vec<(String, Vec<usize>, Vec<usize>)> {
        let attempt = lesson.attempt(seed);
        attempt
            .activities()
            .iter()
            .map(|a| (a.id.clone(), attempt.option_order(a), attempt.starting_order(a)))
            .collect()
    }

    #[test]
    fn the_same_seed_gives_the_same_attempt() {
        let lesson = lesson();
        for seed in [0, 1, 42, u64::MAX] {
            assert_eq!(shown(&lesson, seed), shown(&lesson, seed));
        }
        // And the attempts really differ from seed to seed.
        let attempts: HashSet<_> = (0..30).map(|seed| shown(&lesson, seed)).collect();
        assert!(attempts.len() > 10, "only {} different attempts in 30 seeds", attempts.len());
    }

    #[test]
    fn a_pool_gives_its_draw_in_place_and_other_activities_all_come() {
        let lesson = lesson();
        let mut drawn = HashSet::new();
        for seed in 0..40 {
            let attempt = lesson.attempt(seed);
            let ids: Vec<&str> = attempt.activities().iter().map(|a| a.id.as_str()).collect();
            let pooled: Vec<&&str> = ids.iter().filter(|id| ["which-checks", "badge-true"].contains(id)).collect();
            assert_eq!(pooled.len(), 1, "the pool gives one: {ids:?}");
            drawn.insert(pooled[0].to_string());
            assert_eq!(ids.len(), lesson.activities.len() - 1);
            // In the lesson's order.
            let positions: Vec<usize> =
                ids.iter().map(|id| lesson.activities.iter().position(|a| a.id == *id).expect("known")).collect();
            assert!(positions.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
            // Every attempt is worth the same.
            assert_eq!(attempt.score(|_| None).possible, 6);
        }
        assert_eq!(drawn.len(), 2, "over 40 seeds, both pooled activities come up");
    }

    #[test]
    fn options_keep_the_authors_order_when_asked_and_steps_never_start_right() {
        let lesson = lesson();
        let find_it = lesson.activity("find-funder").expect("in the fixture");
        let order = lesson.activity("order-moves").expect("in the fixture");
        for seed in 0..50 {
            let attempt = lesson.attempt(seed);
            assert_eq!(attempt.option_order(find_it), vec![0, 1], "shuffle = false");
            let start = attempt.starting_order(order);
            assert_ne!(start, vec![0, 1, 2, 3]);
            let mut sorted = start.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, vec![0, 1, 2, 3], "every step once");
        }
    }
}
