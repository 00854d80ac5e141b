using CareerNavigator.Load.Protocol;

namespace CareerNavigator.Load.Dom;

/// <summary>
/// Applies render batches the way the browser's renderer does (BrowserRenderer.ts), to a tree of
/// <see cref="DomNode"/>s, so a virtual user can find elements, their event handler ids and their text.
/// </summary>
public sealed class DomMirror
{
    private readonly Dictionary<int, DomNode> _components = [];
    private readonly Dictionary<ulong, DomNode> _handlers = [];
    private readonly List<DomNode> _roots = [];

    public IReadOnlyList<DomNode> Roots => _roots;

    public void Apply(RenderBatch batch)
    {
        foreach (var diff in batch.UpdatedComponents)
        {
            if (!_components.TryGetValue(diff.ComponentId, out var container))
            {
                container = new DomNode(NodeKind.Component);
                _components[diff.ComponentId] = container;
                _roots.Add(container);
            }
            ApplyEdits(container, diff.Edits, batch.ReferenceFrames);
        }
        foreach (var id in batch.DisposedComponentIds)
        {
            if (_components.Remove(id, out var node))
            {
                _roots.Remove(node);
            }
        }
        foreach (var id in batch.DisposedEventHandlerIds)
        {
            if (_handlers.Remove(id, out var element))
            {
                foreach (var name in element.EventHandlers.Where(h => h.Value == id).Select(h => h.Key).ToList())
                {
                    element.EventHandlers.Remove(name);
                }
            }
        }
    }

    public IEnumerable<DomNode> Elements() =>
        _roots.SelectMany(r => r.Descendants()).Where(n => n.Kind == NodeKind.Element);

    public DomNode? FindByAttribute(string name, string value) =>
        Elements().FirstOrDefault(e => e.Attribute(name) == value);

    public string TextContent() => string.Concat(_roots.Select(r => r.TextContent()));

    private void ApplyEdits(DomNode parent, RenderEdit[] edits, RenderFrame[] frames)
    {
        var permutations = new List<(int From, int To)>();
        foreach (var edit in edits)
        {
            switch (edit.Type)
            {
                case EditType.PrependFrame:
                    InsertFrame(parent, edit.SiblingIndex, frames, edit.ReferenceFrameIndex);
                    break;
                case EditType.RemoveFrame:
                    parent.Children.RemoveAt(edit.SiblingIndex);
                    break;
                case EditType.SetAttribute:
                    SetAttribute(parent.Children[edit.SiblingIndex], frames[edit.ReferenceFrameIndex]);
                    break;
                case EditType.RemoveAttribute:
                    RemoveAttribute(parent.Children[edit.SiblingIndex], edit.RemovedAttributeName!);
                    break;
                case EditType.UpdateText:
                    parent.Children[edit.SiblingIndex].Name = frames[edit.ReferenceFrameIndex].Name;
                    break;
                case EditType.UpdateMarkup:
                    parent.Children.RemoveAt(edit.SiblingIndex);
                    parent.Insert(edit.SiblingIndex, new DomNode(NodeKind.Markup, frames[edit.ReferenceFrameIndex].Name));
                    break;
                case EditType.StepIn:
                    parent = parent.Children[edit.SiblingIndex];
                    break;
                case EditType.StepOut:
                    parent = parent.Parent!;
                    break;
                case EditType.PermutationListEntry:
                    permutations.Add((edit.SiblingIndex, edit.ReferenceFrameIndex));
                    break;
                case EditType.PermutationListEnd:
                    var before = parent.Children.ToArray();
                    foreach (var (from, to) in permutations)
                    {
                        parent.Children[to] = before[from];
                    }
                    permutations.Clear();
                    break;
            }
        }
    }

    /// <summary>Inserts one frame (and its subtree) at <paramref name="index"/>; returns how many children it added.</summary>
    private int InsertFrame(DomNode parent, int index, RenderFrame[] frames, int frameIndex)
    {
        var frame = frames[frameIndex];
        switch (frame.Type)
        {
            case FrameType.Element:
                var element = new DomNode(NodeKind.Element, frame.Name);
                parent.Insert(index, element);
                var end = frameIndex + frame.SubtreeLength;
                for (var i = frameIndex + 1; i < end; i++)
                {
                    if (frames[i].Type == FrameType.Attribute)
                    {
                        SetAttribute(element, frames[i]);
                    }
                    else
                    {
                        InsertRange(element, 0, frames, i, end);
                        break;
                    }
                }
                return 1;
            case FrameType.Text:
                parent.Insert(index, new DomNode(NodeKind.Text, frame.Name));
                return 1;
            case FrameType.Markup:
                parent.Insert(index, new DomNode(NodeKind.Markup, frame.Name));
                return 1;
            case FrameType.Component:
                var container = new DomNode(NodeKind.Component);
                parent.Insert(index, container);
                _components[(int)frame.Id] = container;
                return 1;
            case FrameType.Region:
                return InsertRange(parent, index, frames, frameIndex + 1, frameIndex + frame.SubtreeLength);
            default:
                return 0;
        }
    }

    private int InsertRange(DomNode parent, int index, RenderFrame[] frames, int start, int endExclusive)
    {
        var first = index;
        for (var i = start; i < endExclusive; i++)
        {
            var frame = frames[i];
            index += InsertFrame(parent, index, frames, i);
            if (frame.Type is FrameType.Element or FrameType.Component or FrameType.Region)
            {
                i += frame.SubtreeLength - 1;
            }
        }
        return index - first;
    }

    private void SetAttribute(DomNode element, RenderFrame attribute)
    {
        var name = attribute.Name!;
        if (attribute.Id != 0)
        {
            var eventName = name.StartsWith("on", StringComparison.Ordinal) ? name[2..] : name;
            element.EventHandlers[eventName] = attribute.Id;
            _handlers[attribute.Id] = element;
        }
        else if (attribute.Value is null)
        {
            element.Attributes.Remove(name);
        }
        else
        {
            element.Attributes[name] = attribute.Value;
        }
    }

    private static void RemoveAttribute(DomNode element, string name)
    {
        element.Attributes.Remove(name);
        if (name.StartsWith("on", StringComparison.Ordinal))
        {
            element.EventHandlers.Remove(name[2..]);
        }
    }
}
