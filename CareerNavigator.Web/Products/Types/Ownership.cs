namespace CareerNavigator.Web.Products.Types;

/// <summary>Whether a product is one of the user's own documents or part of another record (a cover letter belongs to an application).</summary>
public enum Ownership
{
    StandsAlone,
    BelongsToApplication,
}
