using System.Globalization;
using System.Net;
using System.Text;
using SkipNet.Checker.Grading;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// index.html of a grade run: the class table (sortable by any column, each file linked to its report), the chart of
/// the most common mistakes (a data: URI), and the mistakes and diagnoses by files. File names are untrusted and
/// escaped like the submissions' text; the Content-Security-Policy allows only the page's own stylesheet and sorting
/// script (by their hashes) and data: images, nothing else.
/// </summary>
public static class GradeIndexHtml
{
    private const string Style = """
        body { font: 15px/1.45 system-ui, sans-serif; max-width: 72rem; margin: 1.5rem auto; padding: 0 1rem; color: #1b1b1b; }
        header { border-bottom: 2px solid #ccc; margin-bottom: 1rem; }
        table { border-collapse: collapse; margin: 0.5rem 0 1.5rem 0; }
        th, td { padding: 0.2rem 0.6rem; border-bottom: 1px solid #e3e3e3; text-align: left; vertical-align: top; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        th { cursor: pointer; user-select: none; background: #f3f3f3; position: sticky; top: 0; }
        th[aria-sort="ascending"]::after { content: " ▲"; }
        th[aria-sort="descending"]::after { content: " ▼"; }
        tr.unusable td { color: #6b6b6b; }
        tr.mistakes td.wrong { color: #b3261e; }
        .items { font-size: 0.88rem; }
        figure { margin: 1rem 0; }
        figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
        """;

    // Sorts a table by the clicked header: numbers by data-sort, text by its content; a second click reverses.
    private const string Script = """
        for (const th of document.querySelectorAll("th")) {
          th.addEventListener("click", () => {
            const table = th.closest("table"), body = table.tBodies[0], i = th.cellIndex;
            const ascending = th.getAttribute("aria-sort") !== "ascending";
            for (const h of table.querySelectorAll("th")) h.removeAttribute("aria-sort");
            th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            const key = row => row.cells[i].dataset.sort ?? row.cells[i].textContent;
            const numeric = th.classList.contains("n");
            const rows = [...body.rows].sort((a, b) => {
              const c = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b));
              return ascending ? c : -c;
            });
            for (const row of rows) body.appendChild(row);
          });
        }
        """;

    /// <summary>No request, no script but the sorting one, no style but the page's own, images only as data: URIs.</summary>
    public static string Policy =>
        $"default-src 'none'; style-src {CspHash.Of(Style)}; script-src {CspHash.Of(Script)}; img-src data:; " +
        "font-src 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The page; <paramref name="reports"/> holds each file's report's relative path (null for an unusable file), <paramref name="chartPng"/> the chart.</summary>
    public static string Of(ClassGrade grade, IReadOnlyList<string?> reports, byte[] chartPng, string chartPngName, string chartSvgName)
    {
        ArgumentNullException.ThrowIfNull(grade);
        ArgumentNullException.ThrowIfNull(reports);
        var s = grade.Summary;
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>skipnet grade</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<header>\n<h1>skipnet grade</h1>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"counts\">{s.Files} files: {s.Graded} graded, {s.Unusable} unusable.");
        if (s.Score is { } score)
        {
            page.Append(CultureInfo.InvariantCulture, $" Score (right / judged): median {P(score.Median)}, min {P(score.Min)}, quartiles {P(score.LowerQuartile)} and {P(score.UpperQuartile)}, max {P(score.Max)}.");
        }

        page.Append("</p>\n</header>\n<main>\n<h2>The most common mistakes</h2>\n<figure>")
            .Append("<img id=\"chart\" alt=\"files per wrong item, the most common on top\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(chartPng)).Append("\">")
            .Append("<figcaption>also as <a href=\"").Append(Href(chartPngName)).Append("\">PNG</a> and <a href=\"").Append(Href(chartSvgName)).Append("\">SVG</a></figcaption></figure>\n");
        Class(page, grade.Files, reports);
        Tallies(page, "mistakes", "Wrong items by files", "item", s.Mistakes);
        Tallies(page, "diagnoses", "Diagnoses by files", "diagnosis", s.Diagnoses);
        page.Append("</main>\n<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void Class(StringBuilder page, IReadOnlyList<GradedFile> files, IReadOnlyList<string?> reports)
    {
        page.Append("<h2>The class</h2>\n<table id=\"class\">\n<thead><tr><th>file</th><th class=\"n\">score</th><th class=\"n\">right</th><th class=\"n\">wrong</th>")
            .Append("<th class=\"n\">carried</th><th class=\"n\">unjudged</th><th class=\"n\">unread</th><th class=\"n\">exit</th><th>wrong items (line) or why unusable</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < files.Count; i++)
        {
            var (f, c) = (files[i], files[i].Counts);
            page.Append(f.Counts is null ? "<tr class=\"unusable\">" : "<tr class=\"mistakes\">")
                .Append("<td data-sort=\"").Append(E(f.Path)).Append("\">")
                .Append(reports[i] is { } report ? $"<a href=\"{Href(report)}\">{E(f.Path)}</a>" : E(f.Path)).Append("</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\" data-sort=\"{(f.Score ?? -1).ToString("R", CultureInfo.InvariantCulture)}\">{E(GradeReportText.Score(f.Score))}</td>")
                .Append(Count(c?.Right)).Append(Count(c?.Wrong)).Append(Count(c?.Carried)).Append(Count(c?.Unjudged)).Append(Count(c?.Unread))
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{(int)f.Exit}</td>")
                .Append("<td class=\"items").Append(f.Reason is null ? " wrong" : "").Append("\">")
                .Append(E(f.Reason ?? string.Join(", ", f.Wrong.Select(w => $"{w.Name} (l. {w.Line})")))).Append("</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n");
    }

    private static void Tallies(StringBuilder page, string id, string title, string what, IReadOnlyList<Tally> tallies)
    {
        page.Append("<h2>").Append(title).Append("</h2>\n<table id=\"").Append(id).Append("\">\n<thead><tr><th>").Append(what)
            .Append("</th><th class=\"n\">files</th></tr></thead>\n<tbody>\n");
        foreach (var t in tallies)
        {
            page.Append("<tr><td>").Append(E(t.Name)).Append(CultureInfo.InvariantCulture, $"</td><td class=\"n\">{t.Files}</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n");
    }

    // A relative link, each segment percent-encoded, then escaped for the attribute.
    private static string Href(string relative) => E(string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)));

    private static string Count(int? count) => count is { } n ? $"<td class=\"n\">{n}</td>" : "<td class=\"n\" data-sort=\"-1\"></td>";

    private static string P(double score) => E(GradeReportText.Score(score));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
