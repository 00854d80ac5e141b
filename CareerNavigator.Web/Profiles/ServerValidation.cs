using System.ComponentModel.DataAnnotations;

namespace CareerNavigator.Web.Profiles;

/// <summary>Thrown by services when a form reaches them invalid (the UI validates first; the server always re-checks).</summary>
public sealed class FormValidationException(IReadOnlyList<ValidationResult> errors)
    : Exception(string.Join(" ", errors.Select(e => e.ErrorMessage)))
{
    public IReadOnlyList<ValidationResult> Errors { get; } = errors;
}

/// <summary>A record id that is not the signed-in user's (or does not exist): the same answer for both.</summary>
public sealed class RecordNotFoundException() : Exception("That record does not exist or is not yours.");

/// <summary>
/// The row changed (on another tab, through the API) after the version a change started from: the saving statement names
/// that version (a concurrency token on <c>updated_at</c>), so the check and the write are one step.
/// </summary>
public sealed class RecordChangedException(string what = "record")
    : Exception($"This {what} was changed meanwhile (in another tab or through the API). Reload it and make your change again.");

public static class ServerValidation
{
    public static void Ensure(object form)
    {
        var errors = new List<ValidationResult>();
        var valid = Validator.TryValidateObject(form, new ValidationContext(form), errors, validateAllProperties: true);
        // A field that already has a message (a wrong length, say) needs no second one.
        errors.AddRange(StorableText.Check(form).Where(r => !errors.Any(e => e.MemberNames.Intersect(r.MemberNames).Any())));
        if (!valid || errors.Count > 0)
        {
            throw new FormValidationException(errors);
        }
    }
}
