using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Types.CareerPlans;

public sealed class CareerPlan3YDescriptor : CareerPlanDescriptor
{
    public const ProductType Kind = ProductType.CareerPlan3Y;
    public override ProductType Type => Kind;
    public override int Years => 3;
    public override string Title => "3-year plan";
    public override string Summary => "Yearly milestones for the path you have chosen.";
    public override string Icon => MudBlazor.Icons.Material.Outlined.Timeline;
    public override GroupRanks Ranks => new(Unclassified: 7, ExperiencedContinuing: 6, ExperiencedChanging: 7, InexperiencedWithGoal: 4, InexperiencedNoGoal: 7);
}
