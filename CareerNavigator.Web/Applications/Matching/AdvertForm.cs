using System.ComponentModel.DataAnnotations;

namespace CareerNavigator.Web.Applications.Matching;

/// <summary>An advert's text as pasted: something to read, and no more than a long advert holds.</summary>
public sealed class AdvertForm
{
    /// <summary>About 3,000 words: the longest adverts run to half that.</summary>
    public const int MaxLength = 20_000;

    [Required(AllowEmptyStrings = false, ErrorMessage = "Paste the advert's text.")]
    [RegularExpression(@"[\s\S]*\S[\s\S]*", ErrorMessage = "Paste the advert's text.")]
    [StringLength(MaxLength, ErrorMessage = "That is longer than an advert (at most 20,000 characters). Paste the description and the requirements only.")]
    public string? Text { get; set; }
}
