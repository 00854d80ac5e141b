namespace CareerNavigator.Data.Entities;

/// <summary>One entry of <c>user_profiles.links</c>: a public page of the person ("Portfolio", "GitHub") and its address.</summary>
public sealed record ProfileLink(string Label, string Url);
