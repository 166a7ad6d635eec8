using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using QRCoder;
using SealGuard.Core;
using SealGuard.Web.Areas.Shop;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Fonts;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Pages;
using SkiaSharp;

namespace SealGuard.Web.Features.Intake;

/// <summary>A generated PDF with the name a browser saves it under.</summary>
public sealed record PdfFile(string FileName, byte[] Content);

/// <summary>
/// The 备案回执 as an A4 PDF, drawn server-side with the packaged Song font: the same receipt (and the same audited read)
/// as the page, with one QR code per seal to its public verification instead of a printed address, and signature lines.
/// </summary>
/// <remarks>The web host's services (public address, page strings) come with the call: the CLI builds this module without them.</remarks>
public sealed class GetFilingReceiptPdfHandler(GetFilingReceiptHandler receipts, TimeProvider clock)
{
    public async Task<Outcome<PdfFile>> HandleAsync(Actor actor, long filingId, PublicBaseUrl publicBaseUrl, IStringLocalizer<ShopText> shopText, IStringLocalizer<UiText> uiText,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        var outcome = await receipts.HandleAsync(actor, filingId, "pdf", cancellationToken);
        if (outcome.Value is not { } receipt)
        {
            return outcome.Failure!;
        }

        var labels = new ReceiptLabels(shopText, uiText);
        var content = ReceiptPdfLayout.Render(receipt, labels, code => publicBaseUrl.Verification(code, receipt.OrgName), publicBaseUrl.Value.AbsoluteUri,
            clock.GetUtcNow().UtcDateTime);
        return new PdfFile($"备案回执-{receipt.FilingNumber}.pdf", content);
    }
}

/// <summary>The receipt's words, from the shop terminal's strings so the page and the PDF say the same.</summary>
internal sealed class ReceiptLabels(IStringLocalizer<ShopText> shop, IStringLocalizer<UiText> ui)
{
    public string this[string key] => shop[key].Value;

    public string Ui(string key) => ui[key].Value;

    public string Format(string key, params object[] args) => shop[key, args].Value;
}

/// <summary>Lays the receipt out on A4 pages (points, 1/72 in): heading, filing, organization, agent, shop, seals with QR codes, signatures.</summary>
internal static class ReceiptPdfLayout
{
    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;
    private const float Margin = 56.7f; // 20 mm
    private const float ContentWidth = PageWidth - (2 * Margin);
    private const float LabelWidth = 110f;
    private const float LineGap = 1.45f;
    private const float QrSize = 62f;
    private const float SignatureBlockHeight = 110f;

    public static byte[] Render(FilingReceipt receipt, ReceiptLabels labels, Func<string, string> verificationUrl, string verificationSite, DateTime generatedAtUtc)
    {
        var generatedAt = ChinaTime.FromUtc(generatedAtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

        // The PDF embeds each face it draws with whole (~15 MB each), so a first pass on a canvas that draws nothing learns
        // which characters each face prints, and the document draws with faces cut down to those (same glyphs, same advances).
        using var scratch = new SKNoDrawCanvas((int)PageWidth, (int)PageHeight);
        HashSet<int> regularText, boldText;
        using (var dryRun = new Pen(() => scratch, () => { }, CjkFonts.Song, CjkFonts.SongBold, labels, generatedAt))
        {
            Draw(dryRun, receipt, labels, verificationUrl, verificationSite);
            (regularText, boldText) = (dryRun.RegularText, dryRun.BoldText);
        }

        using var regular = CjkFonts.Subset(CjkFonts.Song, regularText);
        using var bold = CjkFonts.Subset(CjkFonts.SongBold, boldText);
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = labels["Receipt.Heading"] + " " + receipt.FilingNumber,
            Creator = labels.Ui("Product.Name"),
            Producer = "SealGuard",
            Creation = generatedAtUtc,
            Modified = generatedAtUtc,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            using (var pen = new Pen(() => document.BeginPage(PageWidth, PageHeight), document.EndPage, regular, bold, labels, generatedAt))
            {
                Draw(pen, receipt, labels, verificationUrl, verificationSite);
            }

            document.Close();
        }

        return stream.ToArray();
    }

    private static void Draw(Pen pen, FilingReceipt receipt, ReceiptLabels labels, Func<string, string> verificationUrl, string verificationSite)
    {
        pen.Centered(labels["Receipt.Heading"], 20f, bold: true);
        pen.Centered(labels.Ui("Bureau.Name"), 10.5f, bold: false);
        pen.Space(10f);
        pen.Row(labels["Receipt.FilingId"], receipt.FilingNumber, bold: true);
        pen.Row(labels["Receipt.Date"], ChinaTime.FromUtc(receipt.AcceptedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        pen.Row(labels["Details.Reason"], labels.Ui("Reason." + receipt.Reason));
        pen.Rule();
        pen.Row(labels["Details.Organization"], receipt.OrgName);
        pen.Row(labels["Seals.CreditCode"], receipt.CreditCode);
        pen.Row(labels["Details.Address"], receipt.OrgAddress);
        pen.Row(labels["Details.Agent"], Person(receipt.Agent));
        pen.Rule();
        pen.Row(labels["Receipt.Shop"], receipt.Shop.Name + "（" + receipt.Shop.ShopCode + "）");
        pen.Row(labels["Receipt.ShopAddress"], receipt.Shop.Address);
        pen.Row(labels["Receipt.ShopPhone"], receipt.Shop.Phone ?? "—");
        pen.Rule();
        pen.Heading(labels.Format("Receipt.SealCount", receipt.Seals.Count));
        foreach (var seal in receipt.Seals)
        {
            pen.Seal(seal, labels, verificationUrl(seal.SealCode));
        }

        pen.Paragraph(labels.Format("Receipt.VerifyHint", verificationSite), 9f);
        pen.Signatures();
    }

    private static string Person(PersonView person) =>
        string.Join("  ", new[] { person.Name, person.IdNumber, person.Phone }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>
    /// A cursor over the pages: writes top-down and starts a new page (with the footer) when the next block does not fit;
    /// notes the characters it writes with each face.
    /// </summary>
    private sealed class Pen : IDisposable
    {
        private readonly Func<SKCanvas> _beginPage;
        private readonly Action _endPage;
        private readonly ReceiptLabels _labels;
        private readonly string _generatedAt;
        private readonly SKFont _regular;
        private readonly SKFont _bold;
        private readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true };
        private readonly SKPaint _grey = new() { Color = new SKColor(0x55, 0x5B, 0x64), IsAntialias = true };
        private readonly SKPaint _line = new() { Color = new SKColor(0x9A, 0xA0, 0xA8), StrokeWidth = 0.6f, IsStroke = true };
        private SKCanvas _canvas = null!;
        private float _y;
        private int _page;

        public Pen(Func<SKCanvas> beginPage, Action endPage, SKTypeface regular, SKTypeface bold, ReceiptLabels labels, string generatedAt)
        {
            _beginPage = beginPage;
            _endPage = endPage;
            _regular = new SKFont(regular, 10.5f);
            _bold = new SKFont(bold, 10.5f);
            _labels = labels;
            _generatedAt = generatedAt;
            NewPage();
        }

        public void Centered(string text, float size, bool bold)
        {
            var font = Font(bold, size);
            _y += size;
            Text(text, PageWidth / 2, _y, SKTextAlign.Center, font, _ink);
            _y += size * (LineGap - 1) + 4f;
        }

        /// <summary>The code points written with the regular face.</summary>
        public HashSet<int> RegularText { get; } = [];

        /// <summary>The code points written with the bold face.</summary>
        public HashSet<int> BoldText { get; } = [];

        public void Space(float points) => _y += points;

        public void Rule()
        {
            Fit(10f);
            _y += 4f;
            _canvas.DrawLine(Margin, _y, PageWidth - Margin, _y, _line);
            _y += 8f;
        }

        public void Heading(string text)
        {
            Fit(24f);
            _y += 11f;
            Text(text, Margin, _y, SKTextAlign.Left, Font(bold: true, 11f), _ink);
            _y += 8f;
        }

        /// <summary>A label and its value, the value wrapped within the column.</summary>
        public void Row(string label, string value, bool bold = false)
        {
            var font = Font(bold, 10.5f);
            var lines = Wrap(value, font, ContentWidth - LabelWidth);
            Fit(lines.Count * font.Size * LineGap);
            Text(label, Margin, _y + font.Size, SKTextAlign.Left, Font(bold: false, 10.5f), _grey);
            foreach (var line in lines)
            {
                _y += font.Size;
                Text(line, Margin + LabelWidth, _y, SKTextAlign.Left, font, _ink);
                _y += font.Size * (LineGap - 1);
            }

            _y += 3f;
        }

        public void Paragraph(string text, float size)
        {
            var font = Font(bold: false, size);
            var lines = Wrap(text, font, ContentWidth);
            Fit((lines.Count * size * LineGap) + 6f);
            _y += 6f;
            foreach (var line in lines)
            {
                _y += size;
                Text(line, Margin, _y, SKTextAlign.Left, font, _grey);
                _y += size * (LineGap - 1);
            }
        }

        /// <summary>One seal: its QR code on the left, code, type, text, spec, material and recipient beside it.</summary>
        public void Seal(ReceiptSeal seal, ReceiptLabels labels, string url)
        {
            var height = QrSize + 10f;
            Fit(height);
            var top = _y + 4f;
            DrawQr(url, Margin, top, QrSize);
            var x = Margin + QrSize + 14f;
            var width = PageWidth - Margin - x;
            var code = string.Concat(seal.SealCode.AsSpan(0, 6), " ", seal.SealCode.AsSpan(6));
            Text(code, x, top + 14f, SKTextAlign.Left, Font(bold: true, 13f), _ink);
            Text((seal.TypeName ?? seal.Type) + " · " + seal.Text, x + 120f, top + 13f, SKTextAlign.Left, FitFont((seal.TypeName ?? seal.Type) + " · " + seal.Text, width - 120f), _ink);
            var spec = labels["Details.Spec"] + "：" + (seal.SpecName ?? seal.Spec ?? "—") + "　" + labels["Details.Shape"] + "：" + (seal.ShapeName ?? seal.Shape)
                + "　" + labels["Details.Material"] + "：" + (seal.MaterialName ?? seal.Material);
            Text(spec, x, top + 32f, SKTextAlign.Left, Font(bold: false, 10.5f), _ink);
            var recipient = labels["Details.Recipient"] + "：" + (seal.Recipient is { } person ? Person(person) : labels["Receipt.NotDelivered"]);
            Text(recipient, x, top + 50f, SKTextAlign.Left, Font(bold: false, 10.5f), _grey);
            _y += height;
            _canvas.DrawLine(x, _y, PageWidth - Margin, _y, _line);
        }

        /// <summary>经办人签字 and 刻章单位盖章, each with a date line, kept together at the end.</summary>
        public void Signatures()
        {
            Fit(SignatureBlockHeight);
            _y += 36f;
            var half = ContentWidth / 2;
            var font = Font(bold: false, 10.5f);
            foreach (var (label, x) in new[] { (_labels["Receipt.AgentSignature"], Margin), (_labels["Receipt.ShopSeal"], Margin + half + 10f) })
            {
                Text(label + "：", x, _y, SKTextAlign.Left, font, _ink);
                var lineStart = x + font.MeasureText(label + "：");
                _canvas.DrawLine(lineStart, _y + 2f, x + half - 20f, _y + 2f, _line);
                Text(_labels["Receipt.DateLine"], x, _y + 34f, SKTextAlign.Left, font, _ink);
            }

            _y += 50f;
        }

        public void Dispose()
        {
            Footer();
            _endPage();
            _regular.Dispose();
            _bold.Dispose();
            _ink.Dispose();
            _grey.Dispose();
            _line.Dispose();
        }

        /// <summary>
        /// Draws a line of text as a blob that carries the characters beside the glyphs: the font maps e.g. 用 and the
        /// Kangxi radical ⽤ to one glyph, and the PDF's glyph-to-text table names the radical, so without the text copying
        /// or searching the PDF would find ⽤章单位; with it Skia writes the real characters as ActualText.
        /// </summary>
        private void Text(string text, float x, float y, SKTextAlign align, SKFont font, SKPaint paint)
        {
            if (text.Length == 0)
            {
                return;
            }

            var glyphs = font.GetGlyphs(text);
            var utf8 = Encoding.UTF8.GetBytes(text);
            var clusters = new uint[glyphs.Length];
            var (glyph, offset) = (0, 0);
            var written = ReferenceEquals(font, _bold) ? BoldText : RegularText;
            foreach (var rune in text.EnumerateRunes())
            {
                written.Add(rune.Value);
                clusters[glyph++] = (uint)offset;
                offset += rune.Utf8SequenceLength;
            }

            var width = font.MeasureText(text);
            var left = align switch { SKTextAlign.Center => x - (width / 2), SKTextAlign.Right => x - width, _ => x };
            using var builder = new SKTextBlobBuilder();
            var run = builder.AllocateTextRun(font, glyphs.Length, left, y, utf8.Length);
            run.SetGlyphs(glyphs);
            run.SetText(utf8);
            run.SetClusters(clusters);
            using var blob = builder.Build();
            _canvas.DrawText(blob, 0, 0, paint);
        }

        private SKFont Font(bool bold, float size)
        {
            var font = bold ? _bold : _regular;
            font.Size = size;
            return font;
        }

        /// <summary>The regular font, shrunk until <paramref name="text"/> fits <paramref name="width"/> (a long inscription on one line).</summary>
        private SKFont FitFont(string text, float width)
        {
            var font = Font(bold: false, 10.5f);
            while (font.Size > 7f && font.MeasureText(text) > width)
            {
                font.Size -= 0.5f;
            }

            return font;
        }

        private void Fit(float height)
        {
            if (_y + height <= PageHeight - Margin - 20f)
            {
                return;
            }

            Footer();
            _endPage();
            NewPage();
        }

        private void NewPage()
        {
            _canvas = _beginPage();
            _page++;
            _y = Margin;
        }

        private void Footer()
        {
            var size = _regular.Size;
            _regular.Size = 8f;
            Text(_labels.Format("Receipt.Generated", _labels.Ui("Product.Name"), _generatedAt, _page), PageWidth / 2, PageHeight - (Margin / 2),
                SKTextAlign.Center, _regular, _grey);
            _regular.Size = size;
        }

        /// <summary>Breaks text into lines that fit <paramref name="width"/>, at any character (Chinese has no spaces to break at).</summary>
        private static List<string> Wrap(string text, SKFont font, float width)
        {
            var lines = new List<string>();
            var start = 0;
            for (var end = 1; end <= text.Length; end++)
            {
                if (font.MeasureText(text.AsSpan(start, end - start)) > width && end - 1 > start)
                {
                    lines.Add(text[start..(end - 1)]);
                    start = end - 1;
                }
            }

            lines.Add(text[start..]);
            return lines;
        }

        /// <summary>The QR code as vector squares (crisp at any print resolution), one run of dark modules per rectangle.</summary>
        private void DrawQr(string text, float x, float y, float size)
        {
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
            var matrix = data.ModuleMatrix;
            var module = size / matrix.Count;
            for (var row = 0; row < matrix.Count; row++)
            {
                var column = 0;
                while (column < matrix.Count)
                {
                    if (!matrix[row][column])
                    {
                        column++;
                        continue;
                    }

                    var run = column;
                    while (run < matrix.Count && matrix[row][run])
                    {
                        run++;
                    }

                    _canvas.DrawRect(x + (column * module), y + (row * module), (run - column) * module, module, _ink);
                    column = run;
                }
            }
        }
    }
}
