namespace CareerNavigator.Web.Products.Types;

/// <summary>
/// A content member added after versions were stored. The model's schema still requires it (structured output
/// asks for every member), but stored content from before it was added reads with the member left null.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OptionalWhenReadAttribute : Attribute;
