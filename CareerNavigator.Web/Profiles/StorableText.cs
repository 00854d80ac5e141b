using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace CareerNavigator.Web.Profiles;

/// <summary>
/// PostgreSQL refuses NUL in text and jsonb, and half a surrogate pair has no UTF-8 form (text columns fail, jsonb
/// silently turns it into U+FFFD). A form carrying either is refused with a message instead of failing the save.
/// </summary>
public static class StorableText
{
    public const string Message = "Some of the text contains characters we can't store (such as invisible control characters). Type it again or paste it as plain text.";

    public static bool IsStorable(string? text)
    {
        if (text is null)
        {
            return true;
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\0' || (char.IsSurrogate(text[i]) && !char.IsSurrogatePair(text, i++)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The properties of <paramref name="form"/> holding text that cannot be stored: strings, lists of strings and the strings of list items.</summary>
    public static IEnumerable<ValidationResult> Check(object form)
    {
        foreach (var property in form.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            if (!Texts(property.GetValue(form), depth: 0).All(IsStorable))
            {
                yield return new(Message, [property.Name]);
            }
        }
    }

    public static void Ensure(IEnumerable<string?> texts, string field)
    {
        if (!texts.All(IsStorable))
        {
            throw new FormValidationException([new(Message, [field])]);
        }
    }

    private static IEnumerable<string?> Texts(object? value, int depth) => value switch
    {
        string text => [text],
        IEnumerable items when depth == 0 => items.Cast<object?>().SelectMany(i => Texts(i, 1)),
        { } item when depth == 1 && !item.GetType().IsPrimitive => item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0).Select(p => (string?)p.GetValue(item)),
        _ => [],
    };
}
