using System.CommandLine;
using System.Globalization;

namespace CareerNavigator.Tools;

/// <summary>A whole-number option within a range; anything else is refused while parsing, with the range in the message.</summary>
internal static class WholeNumberOption
{
    public static Option<int> Between(string name, int min, int max, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value >= min && value <= max)
            {
                return value;
            }
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from {min:N0} to {max:N0}."));
            return default;
        },
    };
}
