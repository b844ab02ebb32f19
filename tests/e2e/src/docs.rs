//! Test documents made in code (no file from elsewhere): PDFs with known text per page.

/// A PDF from its objects (numbered from 1, the first being the catalog), with correct
/// cross-reference offsets.
pub fn pdf_from(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A stream object: its dictionary entries and its bytes.
pub fn stream(dict: &str, body: &[u8]) -> Vec<u8> {
    let mut o = format!("<< {dict} /Length {} >>\nstream\n", body.len()).into_bytes();
    o.extend_from_slice(body);
    o.extend_from_slice(b"\nendstream");
    o
}

/// A4 pages, each with one line of its own text in Helvetica and a coloured block (objects:
/// 1 catalog, 2 pages, 3 font, then page and content for each page).
pub fn text_pdf(pages: &[&str]) -> Vec<u8> {
    let kids: Vec<String> = (0..pages.len())
        .map(|i| format!("{} 0 R", 4 + 2 * i))
        .collect();
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            pages.len()
        )
        .into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ];
    for (i, text) in pages.iter().enumerate() {
        let content = format!(
            "BT /F1 28 Tf 60 760 Td ({text}) Tj ET\n0.1 0.3 0.6 rg 60 {} 470 120 re f",
            600 - 150 * (i % 4)
        );
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {} 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
                objects.len() + 2
            )
            .into_bytes(),
        );
        objects.push(stream("", content.as_bytes()));
    }
    pdf_from(&objects)
}
