using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Versions;

/// <summary>Which products have a form editor: the CV and the three plans.</summary>
public static class VersionEditing
{
    public static bool IsEditable(ProductType type) =>
        type is ProductType.Cv or ProductType.CareerPlan1Y or ProductType.CareerPlan3Y or ProductType.CareerPlan5Y;
}
