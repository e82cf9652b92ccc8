//! A trainer's own image files: what they really are, read from their first
//! bytes, never from their names. A file whose bytes are not the PNG, JPEG or
//! WebP image its name says is refused, and so is anything else (an SVG can
//! carry script; a GIF or a renamed document is not a picture we can vouch for).

use crate::model::ImageFormat;

/// The most one image may weigh: a redacted screenshot saved as PNG or JPEG
/// fits, and a lesson kept in a browser's storage stays small.
pub const MAX_IMAGE_BYTES: usize = 250 * 1024;
/// The most all of one lesson's images may weigh together.
pub const MAX_LESSON_IMAGE_BYTES: usize = 750 * 1024;
/// The longest side an image may have, in pixels.
pub const MAX_IMAGE_SIDE: u32 = 2400;

/// Finds the image files a lesson file names, on disk: beside the lesson
/// file, or in an `images` folder next to it (where built-in lessons keep
/// theirs). For the build, the checker and the tests; the app is given its
/// files another way.
pub fn beside(lesson_file: &std::path::Path) -> impl Fn(&str) -> Option<std::sync::Arc<[u8]>> {
    let folder = lesson_file.parent().map(std::path::Path::to_path_buf).unwrap_or_default();
    move |name: &str| {
        // A name with a folder in it is refused by the checker before it gets here.
        [folder.join(name), folder.join("images").join(name)]
            .iter()
            .find_map(|path| std::fs::read(path).ok())
            .map(std::sync::Arc::from)
    }
}

/// What a file's bytes are, if they are an image the kit shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sniffed {
    pub format: ImageFormat,
    pub width: u32,
    pub height: u32,
}

/// The format a file's name claims, from its ending.
pub fn format_named(file: &str) -> Option<ImageFormat> {
    let ending = file.rsplit_once('.')?.1.to_ascii_lowercase();
    match ending.as_str() {
        "png" => Some(ImageFormat::Png),
        "jpg" | "jpeg" => Some(ImageFormat::Jpeg),
        "webp" => Some(ImageFormat::Webp),
        _ => None,
    }
}

/// Reads the format and size of an image from its bytes; `None` if they are
/// not a PNG, JPEG or WebP image this reader understands.
pub fn sniff(bytes: &[u8]) -> Option<Sniffed> {
    png(bytes).or_else(|| jpeg(bytes)).or_else(|| webp(bytes))
}

/// Checks an image file against its name and the limits. The message says
/// what is wrong with it in a sentence that names the file.
pub fn check(file: &str, bytes: &[u8]) -> Result<Sniffed, String> {
    let Some(claimed) = format_named(file) else {
        return Err(format!(
            "`{file}` is not a PNG, JPEG or WebP file: its name must end in .png, .jpg, .jpeg or .webp."
        ));
    };
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(format!(
            "`{file}` is {} KB; an image may be at most {} KB. Save it smaller (fewer pixels, or as JPEG or WebP).",
            bytes.len().div_ceil(1024),
            MAX_IMAGE_BYTES / 1024
        ));
    }
    let Some(found) = sniff(bytes) else {
        return Err(format!(
            "`{file}` is not a {} image: its contents are not a picture the kit can show.",
            claimed.name()
        ));
    };
    if found.format != claimed {
        return Err(format!(
            "`{file}` is named as a {} image but is really a {} image. Rename it to end in .{}.",
            claimed.name(),
            found.format.name(),
            match found.format {
                ImageFormat::Png => "png",
                ImageFormat::Jpeg => "jpg",
                ImageFormat::Webp => "webp",
            }
        ));
    }
    if found.width == 0 || found.height == 0 || found.width.max(found.height) > MAX_IMAGE_SIDE {
        return Err(format!(
            "`{file}` is {} × {} pixels; an image must be between 1 and {MAX_IMAGE_SIDE} pixels on each side.",
            found.width, found.height
        ));
    }
    Ok(found)
}

fn be32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn be16(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_be_bytes(bytes.get(at..at + 2)?.try_into().ok()?)))
}

fn le16(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?)))
}

fn le24(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at + 3)?;
    Some(u32::from(b[0]) | u32::from(b[1]) << 8 | u32::from(b[2]) << 16)
}

/// PNG: the signature, then the IHDR chunk with the width and height.
fn png(bytes: &[u8]) -> Option<Sniffed> {
    if bytes.get(..8)? != b"\x89PNG\r\n\x1a\n" || bytes.get(12..16)? != b"IHDR" {
        return None;
    }
    Some(Sniffed { format: ImageFormat::Png, width: be32(bytes, 16)?, height: be32(bytes, 20)? })
}

/// JPEG: walks the markers to the first start-of-frame, which holds the size.
fn jpeg(bytes: &[u8]) -> Option<Sniffed> {
    if bytes.get(..3)? != [0xFF, 0xD8, 0xFF] {
        return None;
    }
    let mut at = 2;
    loop {
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(at + 1)?;
        match marker {
            // Fill bytes, and markers that stand alone without a length.
            0xFF => at += 1,
            0x01 | 0xD0..=0xD7 => at += 2,
            // Start of frame (every coding process; not DHT, JPG or DAC).
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                return Some(Sniffed {
                    format: ImageFormat::Jpeg,
                    height: be16(bytes, at + 5)?,
                    width: be16(bytes, at + 7)?,
                });
            }
            // End of image, or the scan started before any frame: not a picture we can size.
            0xD9 | 0xDA => return None,
            _ => at += 2 + usize::try_from(be16(bytes, at + 2)?).ok()?,
        }
    }
}

/// WebP: a RIFF file whose first chunk is lossy, lossless or extended.
fn webp(bytes: &[u8]) -> Option<Sniffed> {
    if bytes.get(..4)? != b"RIFF" || bytes.get(8..12)? != b"WEBP" {
        return None;
    }
    let (width, height) = match bytes.get(12..16)? {
        b"VP8 " if bytes.get(23..26)? == [0x9D, 0x01, 0x2A] => (le16(bytes, 26)? & 0x3FFF, le16(bytes, 28)? & 0x3FFF),
        b"VP8L" if *bytes.get(20)? == 0x2F => {
            let bits = u32::from_le_bytes(bytes.get(21..25)?.try_into().ok()?);
            (1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF))
        }
        b"VP8X" => (1 + le24(bytes, 24)?, 1 + le24(bytes, 27)?),
        _ => return None,
    };
    Some(Sniffed { format: ImageFormat::Webp, width, height })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The smallest PNG header: signature, IHDR with the given size.
    pub(crate) fn png_header(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        bytes.extend(width.to_be_bytes());
        bytes.extend(height.to_be_bytes());
        bytes.extend([8, 2, 0, 0, 0]);
        bytes
    }

    #[test]
    fn reads_the_size_of_each_format() {
        assert_eq!(sniff(&png_header(640, 480)), Some(Sniffed { format: ImageFormat::Png, width: 640, height: 480 }));
        // SOI, an APP0 segment of 16 bytes, then SOF0: length, precision, height 200, width 300.
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16];
        jpeg.extend([0; 14]);
        jpeg.extend([0xFF, 0xC0, 0, 17, 8, 0, 200, 1, 44]);
        assert_eq!(sniff(&jpeg), Some(Sniffed { format: ImageFormat::Jpeg, width: 300, height: 200 }));
        let mut lossless = b"RIFF\0\0\0\0WEBPVP8L\0\0\0\0\x2f".to_vec();
        // Width 100 and height 50, each stored less one, 14 bits apiece.
        lossless.extend((99u32 | (49 << 14)).to_le_bytes());
        assert_eq!(sniff(&lossless), Some(Sniffed { format: ImageFormat::Webp, width: 100, height: 50 }));
        let mut extended = b"RIFF\0\0\0\0WEBPVP8X\0\0\0\0\0\0\0\0".to_vec();
        extended.extend([0x1F, 0x03, 0x00, 0xC7, 0x00, 0x00]);
        assert_eq!(sniff(&extended), Some(Sniffed { format: ImageFormat::Webp, width: 800, height: 200 }));
    }

    #[test]
    fn refuses_what_is_not_the_image_it_claims() {
        assert!(check("shot.png", b"<svg onload=alert(1)>").unwrap_err().contains("is not a PNG image"));
        let jpeg_named_png = check("shot.png", &[0xFF, 0xD8, 0xFF, 0xC0, 0, 17, 8, 0, 10, 0, 10]).unwrap_err();
        assert!(jpeg_named_png.contains("really a JPEG image"), "{jpeg_named_png}");
        assert!(check("shot.gif", &png_header(1, 1)).unwrap_err().contains("must end in .png"));
        assert!(check("shot.svg", b"<svg/>").is_err());
        let mut big = png_header(10, 10);
        big.resize(MAX_IMAGE_BYTES + 1, 0);
        assert!(check("big.png", &big).unwrap_err().contains("at most 250 KB"));
        assert!(check("huge.png", &png_header(5000, 10)).unwrap_err().contains("pixels"));
        assert!(check("SHOT.PNG", &png_header(5, 5)).is_ok());
        // Truncated files are refused, never read past their end.
        for n in 0..24 {
            let _ = sniff(&png_header(5, 5)[..n]);
        }
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0xFF]), None);
    }
}
