using System.ComponentModel.DataAnnotations;

namespace CareerNavigator.Web.Api.Tokens;

public sealed class TokenRequest : IValidatableObject
{
    [Required(ErrorMessage = "Give the token a name, such as the system that will use it.")]
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string Name { get; set; } = "";

    public string Scope { get; set; } = AccessTokenScopes.Read;

    public int LifetimeDays { get; set; } = 30;

    /// <summary>Asked again because a token outlives the session: a borrowed or stolen session must not mint one.</summary>
    [Required(ErrorMessage = "Enter your current password to create a token.")]
    [StringLength(128, ErrorMessage = "That isn't your current password.")]
    public string CurrentPassword { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!PersonalAccessTokenService.LifetimesInDays.Contains(LifetimeDays))
        {
            yield return new("Pick how long the token lasts: 7, 30, 90 or 365 days.", [nameof(LifetimeDays)]);
        }
        if (Scope is not (AccessTokenScopes.Read or AccessTokenScopes.ReadWrite))
        {
            yield return new("Pick what the token may do: read, or read and write.", [nameof(Scope)]);
        }
    }
}
