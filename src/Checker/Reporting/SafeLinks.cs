using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// Neutralises a submission's links before rendering: only http(s), mailto and in-page links keep their target,
/// every other scheme (javascript:, data:, file:, …) becomes <c>#</c>; images become their alt text, so the page
/// loads nothing.
/// </summary>
public static class SafeLinks
{
    public static void Apply(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage)
            {
                var alt = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
                link.ReplaceBy(new LiteralInline(alt), copyChildren: false);
            }
            else if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var auto in document.Descendants<AutolinkInline>().ToList())
        {
            if (auto.IsEmail ? !IsSafe("mailto:" + auto.Url) : !IsSafe(auto.Url))
            {
                auto.ReplaceBy(new LiteralInline(auto.Url), copyChildren: false);
            }
        }
    }

    /// <summary>A target with a scheme only if it is http, https or mailto; a relative or in-page one only without a colon before its path.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true;
        }

        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
