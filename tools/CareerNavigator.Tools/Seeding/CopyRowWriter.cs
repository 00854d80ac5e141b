using System.Buffers.Binary;
using System.Buffers.Text;
using System.Text;

namespace CareerNavigator.Tools.Seeding;

/// <summary>
/// Writes PostgreSQL's binary COPY format (header, tuples, trailer) straight into a buffer that goes to a raw COPY
/// stream. NpgsqlBinaryImporter resolves a converter and runs an async state machine for every value, which was most
/// of the seeder's own CPU; here a value is a length and its bytes. The caller writes the columns in the COPY's order
/// with the types PostgreSQL expects (int4, timestamptz, date, float8, text-like and enum labels as UTF-8, jsonb as
/// version 1 and UTF-8). A row is kept whole in the buffer (it grows for a big row), so a field's length can be
/// written after its bytes.
/// </summary>
internal sealed class CopyRowWriter(Stream stream)
{
    private const int FlushAt = 256 * 1024;
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly int PostgresEpochDay = new DateOnly(2000, 1, 1).DayNumber;

    private byte[] _buffer = new byte[2 * FlushAt];
    private int _length;

    public void Header()
    {
        Append("PGCOPY\n"u8);
        Span(1)[0] = 0xff;
        Append("\r\n\0"u8);
        Int32(0);
        Int32(0);
    }

    public void StartRow(short columns)
    {
        if (_length >= FlushAt)
        {
            stream.Write(_buffer, 0, _length);
            _length = 0;
        }
        Int16(columns);
    }

    /// <summary>Ends the data (the trailer) and sends what is left; the caller then closes the stream to end the COPY.</summary>
    public void Finish()
    {
        Int16(-1);
        stream.Write(_buffer, 0, _length);
        _length = 0;
    }

    public void Null() => Int32(-1);

    public void Int(int value)
    {
        Int32(4);
        Int32(value);
    }

    public void Bool(bool value)
    {
        Int32(1);
        Span(1)[0] = value ? (byte)1 : (byte)0;
    }

    public void Double(double value)
    {
        Int32(8);
        BinaryPrimitives.WriteDoubleBigEndian(Span(8), value);
    }

    /// <summary>A <c>timestamptz</c>: microseconds since 2000-01-01 UTC.</summary>
    public void Timestamp(DateTime utc)
    {
        Int32(8);
        BinaryPrimitives.WriteInt64BigEndian(Span(8), (utc.Ticks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond);
    }

    /// <summary>A <c>date</c>: days since 2000-01-01.</summary>
    public void Date(DateOnly value)
    {
        Int32(4);
        Int32(value.DayNumber - PostgresEpochDay);
    }

    /// <summary>A text, varchar or enum value given as UTF-8.</summary>
    public void Text(ReadOnlySpan<byte> utf8)
    {
        Int32(utf8.Length);
        Append(utf8);
    }

    public void Text(string value)
    {
        var field = BeginField();
        var span = Span(Encoding.UTF8.GetMaxByteCount(value.Length));
        _length -= span.Length - Encoding.UTF8.GetBytes(value, span);
        EndField(field);
    }

    /// <summary>A jsonb value given as UTF-8 JSON text (binary jsonb is a version byte, 1, and the text).</summary>
    public void Jsonb(ReadOnlySpan<byte> utf8)
    {
        Int32(utf8.Length + 1);
        Span(1)[0] = 1;
        Append(utf8);
    }

    /// <summary>Starts a field assembled from pieces (<see cref="Append(ReadOnlySpan{byte})"/>, <see cref="AppendNumber"/>); <see cref="EndField"/> writes its length.</summary>
    public int BeginField()
    {
        Int32(0);
        return _length;
    }

    public void EndField(int start) => BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(start - 4), _length - start);

    /// <summary>A text field of the value's 32 hex digits in upper case (<c>ToString("N").ToUpperInvariant()</c>).</summary>
    public void UpperHex(Guid value)
    {
        var field = BeginField();
        value.TryFormat(Span(32), out _, "N");
        UpperCaseInPlace(_buffer.AsSpan(field, 32));
        EndField(field);
    }

    /// <summary>A new field holding the ASCII upper case of the row's field that began at <paramref name="start"/> (the seed's names are ASCII).</summary>
    public void UpperCaseOf(int start)
    {
        var size = BinaryPrimitives.ReadInt32BigEndian(_buffer.AsSpan(start - 4));
        Int32(size);
        var target = Span(size);
        _buffer.AsSpan(start, size).CopyTo(target);
        UpperCaseInPlace(target);
    }

    /// <summary>A new field holding a copy of the row's field that began at <paramref name="start"/>; returns where the copy begins.</summary>
    public int CopyOf(int start)
    {
        var size = BinaryPrimitives.ReadInt32BigEndian(_buffer.AsSpan(start - 4));
        Int32(size);
        var copy = _length;
        var target = Span(size);
        _buffer.AsSpan(start, size).CopyTo(target);
        return copy;
    }

    private static void UpperCaseInPlace(Span<byte> ascii)
    {
        foreach (ref var b in ascii)
        {
            if (b is >= (byte)'a' and <= (byte)'z')
            {
                b -= 'a' - 'A';
            }
        }
    }

    public void Append(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Span(bytes.Length));

    public void AppendNumber(int value)
    {
        var span = Span(11);
        Utf8Formatter.TryFormat(value, span, out var written);
        _length -= span.Length - written;
    }

    private void Int16(short value) => BinaryPrimitives.WriteInt16BigEndian(Span(2), value);

    private void Int32(int value) => BinaryPrimitives.WriteInt32BigEndian(Span(4), value);

    /// <summary>The next <paramref name="size"/> bytes of the buffer, counted as written.</summary>
    private Span<byte> Span(int size)
    {
        if (_length + size > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + size));
        }
        var span = _buffer.AsSpan(_length, size);
        _length += size;
        return span;
    }
}
