// Gives a dragged card its data: Firefox starts an HTML5 drag only when the dragstart sets some. The board's
// Blazor handlers do the rest (which card, which column); this listens once per page, however many cards there are.
if (!window.careerNavigatorBoardDrag) {
    window.careerNavigatorBoardDrag = true;
    document.addEventListener("dragstart", event => {
        const card = event.target instanceof Element ? event.target.closest("[data-board-card]") : null;
        if (card && event.dataTransfer) {
            event.dataTransfer.setData("text/plain", card.dataset.boardCard);
            event.dataTransfer.effectAllowed = "move";
        }
    });
}
