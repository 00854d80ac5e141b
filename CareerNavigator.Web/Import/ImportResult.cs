using System.Diagnostics.CodeAnalysis;

namespace CareerNavigator.Web.Import;

/// <summary>Either what was read or a message the user can act on; readers return this instead of throwing for bad input.</summary>
public sealed class ImportResult<T> where T : class
{
    private ImportResult(T? value, string? error) => (Value, Error) = (value, error);

    public T? Value { get; }

    /// <summary>A complete sentence for the user, e.g. "The file is larger than 10 MB. ...".</summary>
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Value is not null;

    public static ImportResult<T> Success(T value) => new(value, null);

    public static ImportResult<T> Failure(string error) => new(null, error);
}
