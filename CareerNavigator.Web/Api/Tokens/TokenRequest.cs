using System.ComponentModel.DataAnnotations;

namespace CareerNavigator.Web.Api.Tokens;

public sealed class TokenRequest : IValidatableObject
{
    [Required(ErrorMessage = "Give the token a name, such as the system that will use it.")]
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string Name { get; set; } = "";

    public string Scope { get; set; } = AccessTokenScopes.Read;

    public int LifetimeDays { get; set; } = 30;

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
