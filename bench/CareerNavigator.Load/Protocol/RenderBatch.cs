using System.Buffers.Binary;
using System.Text;

namespace CareerNavigator.Load.Protocol;

/// <summary>
/// One render batch as the server writes it (RenderBatchWriter): updated components with their edits, the
/// reference frames the edits point into, disposed components and event handlers, and a string table. Frames and
/// edits are fixed-size records, and the batch ends with five int32 offsets to its sections.
/// </summary>
public sealed class RenderBatch
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    public required IReadOnlyList<ComponentDiff> UpdatedComponents { get; init; }
    public required RenderFrame[] ReferenceFrames { get; init; }
    public required IReadOnlyList<int> DisposedComponentIds { get; init; }
    public required IReadOnlyList<ulong> DisposedEventHandlerIds { get; init; }
    public required string?[] Strings { get; init; }
    public int SizeBytes { get; init; }

    public static RenderBatch Parse(ReadOnlySpan<byte> data)
    {
        var end = data.Length - 20;
        var updatedOffset = Int(data, end);
        var framesOffset = Int(data, end + 4);
        var disposedComponentsOffset = Int(data, end + 8);
        var disposedHandlersOffset = Int(data, end + 12);
        var stringTableOffset = Int(data, end + 16);

        var strings = ReadStrings(data, stringTableOffset, end);
        string? Str(int index) => index < 0 ? null : strings[index];

        var diffCount = Int(data, updatedOffset);
        var diffs = new List<ComponentDiff>(diffCount);
        for (var i = 0; i < diffCount; i++)
        {
            var at = Int(data, updatedOffset + 4 + 4 * i);
            var componentId = Int(data, at);
            var editCount = Int(data, at + 4);
            var edits = new RenderEdit[editCount];
            for (var e = 0; e < editCount; e++)
            {
                var p = at + 8 + e * EditSize;
                edits[e] = new RenderEdit((EditType)Int(data, p), Int(data, p + 4), Int(data, p + 8), Str(Int(data, p + 12)));
            }
            diffs.Add(new ComponentDiff(componentId, edits));
        }

        var frameCount = Int(data, framesOffset);
        var frames = new RenderFrame[frameCount];
        for (var i = 0; i < frameCount; i++)
        {
            var p = framesOffset + 4 + i * FrameSize;
            var type = (FrameType)Int(data, p);
            frames[i] = type switch
            {
                FrameType.Attribute => new RenderFrame(type, 0, Str(Int(data, p + 4)), Str(Int(data, p + 8)),
                    BinaryPrimitives.ReadUInt64LittleEndian(data[(p + 12)..])),
                FrameType.Element => new RenderFrame(type, Int(data, p + 4), Str(Int(data, p + 8)), null, 0),
                FrameType.Component => new RenderFrame(type, Int(data, p + 4), null, null, (ulong)Int(data, p + 8)),
                FrameType.Region => new RenderFrame(type, Int(data, p + 4), null, null, 0),
                FrameType.Text or FrameType.Markup or FrameType.ElementReferenceCapture => new RenderFrame(type, 0, Str(Int(data, p + 4)), null, 0),
                _ => new RenderFrame(type, 0, null, null, 0),
            };
        }

        var disposedComponents = new int[Int(data, disposedComponentsOffset)];
        for (var i = 0; i < disposedComponents.Length; i++)
        {
            disposedComponents[i] = Int(data, disposedComponentsOffset + 4 + 4 * i);
        }
        var disposedHandlers = new ulong[Int(data, disposedHandlersOffset)];
        for (var i = 0; i < disposedHandlers.Length; i++)
        {
            disposedHandlers[i] = BinaryPrimitives.ReadUInt64LittleEndian(data[(disposedHandlersOffset + 4 + 8 * i)..]);
        }

        return new RenderBatch
        {
            UpdatedComponents = diffs,
            ReferenceFrames = frames,
            DisposedComponentIds = disposedComponents,
            DisposedEventHandlerIds = disposedHandlers,
            Strings = strings,
            SizeBytes = data.Length,
        };
    }

    /// <summary>The string table: the strings are written one after another (7-bit length prefix, UTF-8), then an int32 position for each.</summary>
    private static string?[] ReadStrings(ReadOnlySpan<byte> data, int tableOffset, int tableEnd)
    {
        var count = (tableEnd - tableOffset) / 4;
        var strings = new string?[count];
        for (var i = 0; i < count; i++)
        {
            var p = Int(data, tableOffset + 4 * i);
            var length = 0;
            var shift = 0;
            byte b;
            do
            {
                b = data[p++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            strings[i] = Encoding.UTF8.GetString(data.Slice(p, length));
        }
        return strings;
    }

    private static int Int(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadInt32LittleEndian(data[offset..]);
}

public sealed record ComponentDiff(int ComponentId, RenderEdit[] Edits);

/// <summary>An edit; <paramref name="ReferenceFrameIndex"/> is also the target index of a permutation entry.</summary>
public readonly record struct RenderEdit(EditType Type, int SiblingIndex, int ReferenceFrameIndex, string? RemovedAttributeName);

/// <summary>
/// A reference frame. <paramref name="SubtreeLength"/> for elements, components and regions; <paramref name="Name"/>
/// is the element or attribute name, or the text or markup; <paramref name="Value"/> an attribute's string value
/// ("" for true, null for false); <paramref name="Id"/> an attribute's event handler id or a component's id.
/// </summary>
public readonly record struct RenderFrame(FrameType Type, int SubtreeLength, string? Name, string? Value, ulong Id);

public enum FrameType
{
    None = 0,
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
    ComponentRenderMode = 9,
    NamedEvent = 10,
}

public enum EditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}
