using System.Text;
using System.Text.RegularExpressions;

namespace CareerNavigator.Load.Dom;

public enum NodeKind { Element, Text, Markup, Component }

/// <summary>
/// A node of the mirrored DOM, kept as the browser's Blazor renderer keeps "logical" children: a component is a
/// container node whose children are what it rendered, so edits address children by the same indexes.
/// </summary>
public sealed partial class DomNode(NodeKind kind, string? name = null)
{
    public NodeKind Kind { get; } = kind;

    /// <summary>Element name, or the text or markup.</summary>
    public string? Name { get; set; } = name;

    public DomNode? Parent { get; set; }
    public List<DomNode> Children { get; } = [];
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Event name (without "on") to the handler id the server gave it.</summary>
    public Dictionary<string, ulong> EventHandlers { get; } = new(StringComparer.Ordinal);

    public void Insert(int index, DomNode child)
    {
        child.Parent = this;
        Children.Insert(Math.Min(index, Children.Count), child);
    }

    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);

    public string TextContent()
    {
        var text = new StringBuilder();
        AppendText(text);
        return text.ToString();
    }

    public IEnumerable<DomNode> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }

    private void AppendText(StringBuilder text)
    {
        switch (Kind)
        {
            case NodeKind.Text:
                text.Append(Name);
                break;
            case NodeKind.Markup:
                text.Append(Tags().Replace(Name ?? "", ""));
                break;
            default:
                foreach (var child in Children)
                {
                    child.AppendText(text);
                }
                break;
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
