using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Versions.Designs;

/// <summary>What the design picker says about each design.</summary>
public static class DesignNames
{
    public static string Title(DocumentDesign design) => design switch
    {
        DocumentDesign.Modern => "Modern",
        DocumentDesign.Compact => "Compact",
        _ => "Classic",
    };

    public static string Description(DocumentDesign design) => design switch
    {
        DocumentDesign.Modern => "Two columns: your experience and education, with skills, languages and courses beside them.",
        DocumentDesign.Compact => "One page: smaller type, tighter spacing, dates on the same line as each entry.",
        _ => "One column, sections one after another: the most traditional layout.",
    };
}
