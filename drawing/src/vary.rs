//! A repeatable stream of choices, seeded by a hash of a picture's id, so two
//! pictures of one subject differ and one picture is the same everywhere.

pub struct Vary(u64);

impl Vary {
    pub fn new(seed: &str) -> Self {
        // FNV-1a, mixed (splitmix64's finaliser) so that similar ids start far apart; never zero.
        let h = seed.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
        let h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        let h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Vary((h ^ (h >> 31)) | 1)
    }

    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 32) as u32
    }

    /// A whole number below `n` (at least 1).
    pub fn below(&mut self, n: u32) -> u32 {
        self.next() % n.max(1)
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u32) as usize]
    }

    pub fn range(&mut self, low: f32, high: f32) -> f32 {
        low + (high - low) * (self.next() % 1000) as f32 / 1000.0
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_stay_in_range() {
        let mut v = Vary::new("");
        for _ in 0..1000 {
            let x = v.range(-3.0, 5.0);
            assert!((-3.0..5.0).contains(&x));
            assert!(v.below(7) < 7);
        }
        assert_eq!(v.below(0), 0);
    }
}
