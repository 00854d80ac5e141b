namespace CareerNavigator.Tests.BadInput;

/// <summary>
/// One bad input sent to the app's services as the signed-in user. <see cref="Submit"/> returns null when the app
/// accepted the input, or the message the user is shown when it refused it (a reader's error); a refusal may also
/// come as the app's <c>FormValidationException</c>. When accepted, <see cref="Stored"/> (if set) must be found
/// in the user's rows afterwards, exactly. <see cref="Prepare"/>, when set, writes what the input changes (a saved
/// application, say) before the user's rows are compared.
/// </summary>
public sealed record BadInputCase(string Name, Func<CorpusUser, Task<string?>> Submit, string? Stored = null, Func<CorpusUser, Task>? Prepare = null)
{
    public override string ToString() => Name;
}
