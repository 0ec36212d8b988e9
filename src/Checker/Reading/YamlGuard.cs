using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SkipNet.Checker.Reading;

/// <summary>
/// YAML read with bounds before anything is built: anchors and aliases (the "billion laughs" bomb) and nesting
/// deeper than <see cref="MaxDepth"/> are refused on the event stream, which is read iteratively; every YamlDotNet
/// failure becomes an <see cref="InputError"/> naming the line and column.
/// </summary>
public static class YamlGuard
{
    public const int MaxDepth = 8;

    /// <summary>The one document's root node.</summary>
    public static YamlNode Parse(string text, string source)
    {
        try
        {
            // A first pass over the event stream, which is iterative: refuse aliases and deep nesting before the
            // recursive representation model ever sees them.
            var parser = new Parser(new StringReader(text));
            var depth = 0;
            while (MoveNext(parser, source))
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        throw new InputError(Place(source, alias.Start), "aliases (*name) are not allowed in a derivation");
                    case NodeEvent { Anchor.IsEmpty: false } anchored:
                        throw new InputError(Place(source, anchored.Start), "anchors (&name) are not allowed in a derivation");
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        throw new InputError(Place(source, parser.Current.Start), $"nested more than {MaxDepth} levels deep");
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }

            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(text));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // YamlDotNet's representation model rejects some streams its parser accepts (a key with no value).
                throw new InputError(new SourcePlace(source, 1, 1), $"not valid YAML: {e.Message}");
            }

            return stream.Documents.Count switch
            {
                0 => throw new InputError(new SourcePlace(source, 1, 1), "the file is empty"),
                1 => stream.Documents[0].RootNode,
                _ => throw new InputError(Place(source, stream.Documents[1].RootNode.Start), "more than one YAML document"),
            };
        }
        catch (YamlException e)
        {
            var problem = (e.InnerException?.Message ?? e.Message).Split('\n')[0].Trim();
            throw new InputError(Place(source, e.Start), $"not valid YAML: {problem}");
        }
    }

    // YamlDotNet's parser can also fail with an InvalidOperationException on some malformed streams.
    private static bool MoveNext(Parser parser, string source)
    {
        var last = parser.Current?.End ?? Mark.Empty;
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException e)
        {
            throw new InputError(Place(source, last), $"not valid YAML: {e.Message}");
        }
    }

    /// <summary>The place a YamlDotNet mark points to.</summary>
    public static SourcePlace Place(string source, Mark mark) => new(source, (int)mark.Line, (int)mark.Column);
}
