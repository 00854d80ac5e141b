using System.Text;
using AngleSharp.Dom;

namespace CareerNavigator.Tests.Components;

/// <summary>
/// Compares markup that copies a MudBlazor component with what that component renders for the same settings: the element
/// tree (tags, nesting, text), every element's class tokens (in any order) and attributes. Generated ids are compared by
/// presence only, and bunit's event-handler markers are skipped. Anything else one side has and the other has not must be
/// named in <see cref="Differences"/>, so that each departure from MudBlazor is a decision written in the test.
/// </summary>
public static class MudLikeness
{
    /// <summary>Attributes whose values are generated per render (element ids and the references to them).</summary>
    private static readonly HashSet<string> GeneratedIds = ["id", "for", "aria-describedby", "aria-labelledby"];

    /// <summary>What the imitation deliberately does not copy, or adds.</summary>
    public sealed record Differences
    {
        /// <summary>CSS selectors of elements MudBlazor renders that the imitation leaves out (with their subtrees).</summary>
        public IReadOnlyList<string> MudOnlyElements { get; init; } = [];

        /// <summary>CSS selectors of elements the imitation renders in place of, or beside, MudBlazor's (with their subtrees).</summary>
        public IReadOnlyList<string> LightOnlyElements { get; init; } = [];

        /// <summary>
        /// Attributes MudBlazor renders that the imitation leaves out: a name (on any element) or <c>selector@name</c>.
        /// </summary>
        public IReadOnlyList<string> MudOnlyAttributes { get; init; } = [];

        /// <summary>Attributes the imitation renders that MudBlazor does not: a name (on any element) or <c>selector@name</c>.</summary>
        public IReadOnlyList<string> LightOnlyAttributes { get; init; } = [];

        /// <summary>Compare the root element alone, not what it holds (a card or a heading around the page's own content).</summary>
        public bool RootOnly { get; init; }

        public static Differences None { get; } = new();
    }

    public static void AssertSameShape(IElement mud, IElement light, Differences differences)
    {
        var expected = Shape(mud, differences.MudOnlyElements, differences.MudOnlyAttributes, differences.RootOnly);
        var actual = Shape(light, differences.LightOnlyElements, differences.LightOnlyAttributes, differences.RootOnly);
        if (expected != actual)
        {
            Assert.Fail($"The light markup no longer renders what MudBlazor renders.\nMudBlazor:\n{expected}\nLight:\n{actual}");
        }
    }

    private static bool Skipped(IElement element, string attribute, IReadOnlyList<string> skipped) => skipped.Any(entry =>
        entry.Split('@') is [var selector, var name] ? name == attribute && element.Matches(selector) : entry == attribute);

    /// <summary>One line per element or text, indented by depth: <c>tag.class.class [attr=value …]</c>.</summary>
    public static string Shape(IElement root, IReadOnlyList<string> skippedElements, IReadOnlyList<string> skippedAttributes, bool rootOnly = false)
    {
        var text = new StringBuilder();
        Append(root, 0);
        return text.ToString();

        void Append(IElement element, int depth)
        {
            var classes = element.ClassList.Order(StringComparer.Ordinal);
            var attributes = element.Attributes
                .Where(a => a.Name != "class" && !a.Name.StartsWith("blazor:", StringComparison.Ordinal) && !Skipped(element, a.Name, skippedAttributes))
                .Where(a => !(a.Name == "style" && string.IsNullOrWhiteSpace(a.Value)))
                .Select(a => GeneratedIds.Contains(a.Name) ? a.Name : $"{a.Name}={a.Value}")
                .Order(StringComparer.Ordinal);
            text.Append(' ', depth * 2).Append(element.LocalName);
            foreach (var name in classes)
            {
                text.Append('.').Append(name);
            }
            text.Append(" [").AppendJoin(' ', attributes).AppendLine("]");
            if (rootOnly && depth == 0)
            {
                return;
            }
            foreach (var child in element.ChildNodes)
            {
                if (child is IElement childElement)
                {
                    if (!skippedElements.Any(childElement.Matches))
                    {
                        Append(childElement, depth + 1);
                    }
                }
                else if (child.NodeType == NodeType.Text && child.TextContent.Trim() is { Length: > 0 } words)
                {
                    text.Append(' ', (depth + 1) * 2).Append('"').Append(words).AppendLine("\"");
                }
            }
        }
    }
}
