using System.Text.Json;
using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Web.Generation.Content;

/// <summary>Whether a piece of stored or generated JSON has the shape of its type's content record and keeps the type's rules.</summary>
public sealed partial class ProductContentRules : IProductContentRules
{
    public Type ContentType(ProductType type) => ProductCatalog.Default.For(type).ContentType;

    public IReadOnlyList<string> Validate(ProductType type, string contentJson)
    {
        var descriptor = ProductCatalog.Default.For(type);
        if (string.IsNullOrWhiteSpace(contentJson))
        {
            return ["The content is empty."];
        }

        try
        {
            using var _ = JsonDocument.Parse(contentJson);
        }
        catch (JsonException ex)
        {
            return [$"The content is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1})."];
        }

        object content;
        try
        {
            content = descriptor.Deserialize(contentJson);
        }
        catch (JsonException ex)
        {
            return [DescribeShapeProblem(ex)];
        }

        return descriptor.Validate(content);
    }

    /// <summary>Turns System.Text.Json's messages (which name .NET types) into a sentence about the content's fields.</summary>
    private static string DescribeShapeProblem(JsonException ex)
    {
        var where = ex.Path is null or "$" ? "" : $" at {ex.Path}";
        if (MissingRequired().Match(ex.Message) is { Success: true } missing)
        {
            return $"Required field(s) missing{where}: {missing.Groups[1].Value}.";
        }
        if (UnknownMember().Match(ex.Message) is { Success: true } unknown)
        {
            return $"Unknown field '{unknown.Groups[1].Value}'{where}.";
        }
        if (NullNotAllowed().Match(ex.Message) is { Success: true } isNull)
        {
            return $"The field '{isNull.Groups[1].Value}' must not be null{where}.";
        }
        return $"The content does not have the expected shape{where}: a value has the wrong type or is out of range.";
    }

    [GeneratedRegex("missing required properties including: (.+?)\\.?$", RegexOptions.Multiline)]
    private static partial Regex MissingRequired();

    [GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("property or field '([^']+)' on type '[^']+' doesn't allow setting null")]
    private static partial Regex NullNotAllowed();
}
