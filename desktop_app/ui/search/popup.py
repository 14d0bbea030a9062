"""The results popup: an overlay under the search box, inside the window, that never takes the focus.

Kept inside the main window rather than as a window of its own, so the search box keeps
the keyboard (typing goes on while the list updates) and no window manager is involved.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QFont,
    QGuiApplication,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.search import SearchHit
from desktop_app.ui.common.context_menus import install_row_menu
from desktop_app.ui.common.i18n import translate
from desktop_app.ui.search.opening import TAB_OF_KIND
from desktop_app.ui.search.results_model import HEADING_ROLE, HIT_ROLE, SearchResultsModel
from desktop_app.ui.sessions.page_tabs import TABS, tab_label

POPUP_WIDTH = 640
MARGIN = 6
Index = QModelIndex | QPersistentModelIndex


def hit_html(hit: SearchHit, muted: str) -> str:
    """Title, snippet and where it comes from; matches in bold."""
    snippet = f"<div>{hit.snippet_html}</div>" if hit.snippet else ""
    context = f'<div style="color:{muted}">{hit.context}</div>' if hit.context else ""
    return f"<div>{hit.title_html}</div>{snippet}{context}"


class ResultDelegate(QStyledItemDelegate):
    """Headings in bold grey; hits as three lines of rich text wrapped to the list's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        # Laid-out rich text by (row, width): Qt asks for sizes many times per layout, and a
        # QTextDocument costs far more to lay out than to keep. Cleared when the results change.
        self._documents: dict[tuple[int, int], QTextDocument] = {}
        self._sizes: dict[tuple[int, int], QSize] = {}

    def forget(self) -> None:
        self._documents.clear()
        self._sizes.clear()

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        width = self._view.viewport().width()
        width = width if width > 0 else POPUP_WIDTH
        key = (index.row(), width)
        cached = self._documents.get(key)
        if cached is not None:
            return cached
        document = QTextDocument()
        document.setDocumentMargin(MARGIN)
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        hit = index.data(HIT_ROLE)
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
        if hit is None:
            document.setHtml(f'<div style="color:{muted}; font-weight:600">{index.data()}</div>')
        else:
            document.setHtml(hit_html(hit, muted))
        document.setTextWidth(width)
        self._documents[key] = document
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        heading = bool(index.data(HEADING_ROLE))
        state = option.state  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected) and not heading
        painter.save()
        rect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif heading:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        key = (index.row(), self._view.viewport().width())
        size = self._sizes.get(key)
        if size is None:
            document = self._document(option, index)
            size = self._sizes[key] = QSize(int(document.textWidth()), int(document.size().height()))
        return size


def copied_text(hit: SearchHit) -> str:
    """What "Copy" puts on the clipboard: the title and, on a line of its own, where it comes from."""
    return f"{hit.title}\n{hit.context}" if hit.context else hit.title


class SearchPopup(QFrame):
    """Emits ``chosen(hit)`` on a click, ``session_chosen(id)`` for "Open the session"; the search box
    drives the keyboard. A right click on a result offers those, and Copy."""

    chosen = Signal(object)
    session_chosen = Signal(int)
    menu_closed = Signal()  # a result's right-click menu went: the box may have lost the keyboard meanwhile

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("search_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.model = SearchResultsModel()
        self.model.setParent(self)
        self.list = QListView()
        self.list.setObjectName("search_results")
        self.list.setModel(self.model)
        self.delegate = ResultDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.model.modelAboutToBeReset.connect(self.delegate.forget)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search box keeps the keyboard
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap again when the width changes
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.clicked.connect(self._clicked)
        install_row_menu(self.list, self._menu_of)
        self.footer = QLabel()
        self.footer.setObjectName("search_footer")
        self.footer.setContentsMargins(MARGIN, 2, MARGIN, 2)
        palette = self.footer.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        )
        self.footer.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.footer)
        self.hide()

    # -- the selection -------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int | None) -> None:
        if row is None:
            return
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def move(self, step: int) -> None:  # type: ignore[override]  # moves the selection, not the widget
        row = self.model.next_hit_row(self.current_row(), step)
        if row is None and step < 0 and self.current_row() == -1:
            row = self.model.next_hit_row(self.model.rowCount(), -1)
        self.select_row(row)

    def current_hit(self) -> SearchHit | None:
        return self.model.hit(self.current_row())

    def _clicked(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is not None:
            self.chosen.emit(hit)

    def _menu_of(self, index: QModelIndex) -> QMenu | None:
        hit = self.model.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None  # a heading, or below the last row
        menu = QMenu(self.list)
        menu.aboutToHide.connect(self.menu_closed)
        opened = menu.addAction(self._open_text(hit))
        opened.triggered.connect(lambda _checked=False: self.chosen.emit(hit))
        bold = QFont(opened.font())
        bold.setBold(True)  # what a click or Enter does
        opened.setFont(bold)
        menu.setDefaultAction(opened)
        session_id = hit.session_id
        if hit.kind != "session" and session_id is not None:
            whole = menu.addAction(translate("SearchPopup", "Open the session"))
            whole.triggered.connect(lambda _checked=False: self.session_chosen.emit(session_id))
        menu.addSeparator()
        copy = QAction(translate("SearchPopup", "Copy"), menu)
        copy.triggered.connect(lambda _checked=False: QGuiApplication.clipboard().setText(copied_text(hit)))
        menu.addAction(copy)
        return menu

    @staticmethod
    def _open_text(hit: SearchHit) -> str:
        if hit.kind == "person":
            return translate("SearchPopup", "Open in People")
        if hit.kind == "session":
            return translate("SearchPopup", "Open")
        label = next(label for key, label, _factory in TABS if key == TAB_OF_KIND[hit.kind])
        return translate("SearchPopup", "Open in the {0} tab").format(tab_label(label))

    # -- placing -------------------------------------------------------------------------
    def place_under(self, anchor: QWidget) -> None:
        """Below ``anchor`` (the search box), as tall as the results need and the window allows."""
        window = self.parentWidget()
        if window is None:
            return  # not placed in a window yet: nothing to be under
        top_left = anchor.mapTo(window, QPoint(0, anchor.height() + 2))
        width = min(max(anchor.width(), POPUP_WIDTH), window.width() - top_left.x() - 8)
        rows = self.model.rowCount()
        wanted = sum(self.list.sizeHintForRow(row) for row in range(rows)) + 4
        wanted += self.footer.sizeHint().height() if self.footer.text() else 0
        room = window.height() - top_left.y() - 16
        self.setGeometry(top_left.x(), top_left.y(), max(width, 200), max(min(wanted, room), 40))
        self.list.doItemsLayout()
        self.raise_()
