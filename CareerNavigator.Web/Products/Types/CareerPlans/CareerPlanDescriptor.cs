using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Versions.Export;

namespace CareerNavigator.Web.Products.Types.CareerPlans;

/// <summary>The three career plans share a content record, a renderer, an editor and the PDF; they differ in horizon.</summary>
public abstract class CareerPlanDescriptor : ProductTypeDescriptor<CareerPlanContent>
{
    public abstract int Years { get; }
    public override Type Renderer => typeof(PlanTimeline);
    public override Type Editor => typeof(PlanVersionForm);
    public override ExportFormats Exports => ExportFormats.Pdf;

    internal override void Check(CareerPlanContent content, ContentProblems problems) => CareerPlanRules.Check(content, Years, problems);

    internal override CareerPlanContent BuildContent(ProfileFacts facts) => PlanBuilder.Build(facts, Years);

    protected override byte[] Pdf(CareerPlanContent content, PaperSize paper, int version, DocumentDesign design) =>
        PlanPdfExport.Write(content, Title, paper, ExportFooter.Text(null, Title, version));
}
