"""The members page: search by name, phone or card; enrol, edit, replace a card; manager actions."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.roles import allowed
from kiosk.services import counter, member_admin
from kiosk.services.counter import CounterMember
from ui.screens.base import button, card_frame, label, set_text
from ui.staff import formats
from ui.staff.controls import fill, table
from ui.staff.host import StaffHost
from ui.staff.page import CODE, TEXT, StaffPage, field, heading
from ui.staff.pages.member_tabs import DetailsForm, ManageTab
from ui.texts import activity_label

RESULTS = 20


def merge_by_code(ctx: Context, keep_id: int, text: str, reason: str) -> Any:
    """Merge the member a card, phone number or #id names into the member kept (one job)."""
    return member_admin.merge_members(ctx, keep_id, member_admin.find_member(ctx, text), reason)


class MembersPage(StaffPage):
    """Find a member, then their details, cards, history and (for managers) the admin actions."""

    permission = "members"

    def __init__(self, desk: StaffHost) -> None:
        super().__init__(desk)
        self.results: list[Any] = []
        self.detail: Any = None
        self.title = heading()
        self.search_field = field(TEXT, max_length=80)
        self.search_field.returnPressed.connect(self._search)
        self.search_button = button("")
        self.search_button.clicked.connect(self._search)
        self.new_button = button("")
        self.new_button.clicked.connect(self._new_member)
        self.import_button = button("")
        self.import_button.clicked.connect(self._import_members)
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.search_button, 0)
        top.addWidget(self.new_button, 0)
        self.found = table(5)
        self.found.setMaximumHeight(230)
        self.found.itemSelectionChanged.connect(self._picked)
        self.summary = label("subtitle")
        self.tabs = QTabWidget()
        self.details = DetailsForm()
        self.details.saved.connect(self._save)
        self.cards = table(4)
        self.purchase_button = button("")
        self.purchase_button.clicked.connect(self._purchase)
        self.phone_lock_label = label("warning")
        self.phone_lock_label.setWordWrap(True)
        self.unlock_phone_button = button("")
        self.unlock_phone_button.clicked.connect(self._unlock_phone)
        self.new_card = field(CODE, max_length=20)
        self.replace_button = button("")
        self.replace_button.clicked.connect(self._replace_card)
        cards_tab = QWidget()
        cards_layout = QHBoxLayout()
        cards_layout.addWidget(self.new_card, 2)
        cards_layout.addWidget(self.replace_button, 2)
        cards_box = QVBoxLayout(cards_tab)
        cards_box.addWidget(self.cards, 1)
        cards_box.addLayout(cards_layout)
        self.history = table(4)
        self.manage = ManageTab()
        self.manage.adjust.connect(self._adjust)
        self.manage.block.connect(self._block)
        self.manage.merge.connect(self._merge)
        self.manage.erase.connect(self._erase)
        self.tabs.addTab(self.details, "")
        self.tabs.addTab(cards_tab, "")
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.manage, "")
        self.detail_box = card_frame()
        detail_layout = QVBoxLayout(self.detail_box)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.purchase_button, 0)
        detail_layout.addLayout(summary_row)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.phone_lock_label, 1)
        lock_row.addWidget(self.unlock_phone_button, 0)
        detail_layout.addLayout(lock_row)
        detail_layout.addWidget(self.tabs, 1)
        title_row = QHBoxLayout()  # the import beside the title: the search keeps its width
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.import_button, 0)
        self.body.addLayout(title_row)
        self.body.addLayout(top)
        self.body.addWidget(self.status)
        self.body.addWidget(self.found)
        self.body.addWidget(self.detail_box, 1)
        self.body.addStretch(0)
        self.clear()

    # --- finding --------------------------------------------------------------------------------

    def scanned(self, code: str) -> bool:
        if not code.strip().isdigit():
            return False
        self.search_field.setText(code.strip())
        self._search()
        return True

    def _search(self) -> None:
        text = self.search_field.text().strip()
        if not text:
            self.set_status(self.tr("Type a name, a phone number or a card number."), "warning")
            return
        self.run(member_admin.search_members, text, RESULTS, on_done=self._show_results)

    def _layout_rest(self) -> None:
        """With nothing below the search the page keeps to the top."""
        open_detail = not self.detail_box.isHidden()
        self.body.setStretch(self.body.count() - 1, 0 if open_detail else 1)

    def _show_results(self, rows: list[Any]) -> None:
        self.results = rows
        fill(self.found, [(r.name, r.card or "", r.phone or "", self._status_word(r.status),
                           r.balance) for r in rows])
        self.found.setVisible(bool(rows))
        if not rows:
            self.set_status(self.tr("Nobody found. Check the spelling, or enrol a new member."),
                            "warning")
        else:
            self.set_status(self.tr("%n member(s) found.", "", len(rows)))
        if len(rows) == 1:
            self.found.selectRow(0)

    def _picked(self) -> None:
        selected = self.found.selectionModel().selectedRows()
        if selected and selected[0].row() < len(self.results):
            self.open_member(self.results[selected[0].row()].id)

    def open_member(self, member_id: int) -> None:
        self.run(member_admin.member_detail, member_id, on_done=self._show_detail)

    def _show_detail(self, detail: Any) -> None:
        self.detail = detail
        self.details.set_enrolling(False)
        self.details.show_member(detail)
        self.manage.clear()
        self.manage.set_blocked(detail.status == "blocked")
        fill(self.cards, [(card.number, self._status_word(card.status), card.issued_at,
                           card.blocked_at) for card in detail.cards], formats.zone(self.desk))
        fill(self.history, [(entry.created_at, activity_label(entry.kind), entry.points,
                             entry.reason)
                            for entry in detail.ledger], formats.zone(self.desk))
        self.detail_box.show()
        self._layout_rest()
        self.retranslate()

    # --- changing -------------------------------------------------------------------------------

    def _purchase(self) -> None:
        """Record a purchase for this member: the purchase page opens with them chosen."""
        detail = self.detail
        if detail is None or detail.status != "active":
            return
        from ui.staff.pages.counter import PurchasePage

        card = next((c.number for c in detail.cards if c.status == "active"), None)
        page = self.desk.open_page(PurchasePage)
        page.use_member(CounterMember(detail.id, detail.name, card, detail.balance, detail.tier,
                                      detail.status))

    def _new_member(self) -> None:
        self.detail = None
        self.details.clear()
        self.details.set_enrolling(True)
        self.tabs.setCurrentWidget(self.details)
        self.detail_box.show()
        self._layout_rest()
        self.retranslate()
        self.details.name_field.setFocus()

    def _import_members(self) -> None:
        """Managers bring members in from a file: the import page opens."""
        from ui.staff.pages.member_import import MemberImportPage

        self.desk.open_page(MemberImportPage)

    def _save(self) -> None:
        try:
            values = self.details.values()
        except ValueError:
            self.set_status(self.tr("The birthday is not a date: type it as DD.MM.YYYY."),
                            "warning")
            return
        if self.detail is None:
            card = self.details.card_field.text().strip() or None
            self.run(counter.counter_enrol, values["name"], values["phone"], card,
                     values["email"], values["birthday"], values["language"],
                     values["marketing_consent"], on_done=self._enrolled)
        else:
            self.run(partial(member_admin.update_member, **values), self.detail.id,
                     on_done=lambda detail: self._changed(detail, self.tr("Changes saved.")))

    def _enrolled(self, done: Any) -> None:
        self.show_done(self.tr("Enrolled %1 with card %2.").replace("%1", done.name)
                       .replace("%2", done.card))
        self.open_member(done.member_id)

    def _changed(self, detail: Any, text: str) -> None:
        if detail is not None and hasattr(detail, "cards"):
            self._show_detail(detail)
        elif self.detail is not None:
            self.open_member(self.detail.id)
        self.show_done(text)

    def _replace_card(self) -> None:
        if self.detail is None:
            return
        new_card = self.new_card.text().strip() or None
        self.run(member_admin.replace_member_card, self.detail.id, new_card, self.tr("lost"),
                 on_done=lambda done: self._changed(None, self.tr(
                     "The old card is blocked; the new card %1 carries the balance.")
                     .replace("%1", done.new_card)))
        self.new_card.clear()

    def _adjust(self, points: int, reason: str) -> None:
        if self.detail is not None:
            self.run(member_admin.adjust_points, self.detail.id, points, reason,
                     on_done=lambda done: self._changed(None, self.tr(
                         "Adjusted by %1 points; the balance is now %2.")
                         .replace("%1", ("+" if done.points > 0 else "")
                                  + formats.number(self.desk, done.points))
                         .replace("%2", formats.number(self.desk, done.balance))))

    def _unlock_phone(self) -> None:
        """A manager lifts the lock wrong phone PINs put on the member's phone look-up."""
        if self.detail is not None:
            self.run(member_admin.reset_phone_lock, self.detail.id,
                     on_done=lambda _r: self._changed(None, self.tr(
                         "The phone look-up is unlocked: the member can use their PIN again.")))

    def _block(self, block: bool, reason: str) -> None:
        if self.detail is None:
            return
        action = member_admin.block_member if block else member_admin.unblock_member
        text = self.tr("Member blocked.") if block else self.tr("Member unblocked.")
        self.run(action, self.detail.id, reason, on_done=lambda _r: self._changed(None, text))

    def _merge(self, duplicate: str, reason: str) -> None:
        if self.detail is not None:
            self.run(merge_by_code, self.detail.id, duplicate, reason,
                     on_done=lambda _r: self._changed(None, self.tr(
                         "Merged: the duplicate's points, cards and purchases are here now.")))

    def _erase(self, reason: str) -> None:
        if self.detail is not None:
            self.run(member_admin.erase_member, self.detail.id, reason,
                     on_done=lambda _r: self._changed(None, self.tr(
                         "Personal data erased; the points history stays, anonymous.")))

    def show_problem(self, problem: KioskError) -> None:
        super().show_problem(problem)
        self.manage.clear()

    # --- texts ----------------------------------------------------------------------------------

    def _status_word(self, status: str) -> str:
        return {"active": self.tr("active"), "blocked": self.tr("BLOCKED"),
                "erased": self.tr("erased"), "merged": self.tr("merged")}.get(status, status)

    def nav_title(self) -> str:
        return self.tr("Members")

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Members"))
        self.search_field.setPlaceholderText(self.tr("Name, phone or card number"))
        self.search_field.setAccessibleName(self.tr("Search members"))
        set_text(self.search_button, self.tr("Search"))
        set_text(self.new_button, self.tr("New member"))
        set_text(self.import_button, self.tr("Import members"))
        set_text(self.replace_button, self.tr("Replace lost card"))
        set_text(self.purchase_button, self.tr("Record a purchase"))
        self.purchase_button.setVisible(self.detail is not None and self.detail.status == "active")
        self.new_card.setPlaceholderText(self.tr("New card (empty: a new number)"))
        self.new_card.setAccessibleName(self.tr("New card number"))
        self.found.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Card"), self.tr("Phone"), self.tr("Status"),
             self.tr("Points")])
        self.cards.setHorizontalHeaderLabels(
            [self.tr("Card"), self.tr("Status"), self.tr("Issued"), self.tr("Blocked")])
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Points"), self.tr("Reference")])
        for index, text in enumerate((self.tr("Details"), self.tr("Cards"), self.tr("History"),
                                      self.tr("Manage"))):
            self.tabs.setTabText(index, text)
        role = self.desk.session.role if self.desk.session else None
        self.tabs.setTabVisible(3, allowed(role, "member_admin"))
        self.import_button.setVisible(allowed(role, "member_import"))
        detail = self.detail
        if detail is not None:
            set_text(self.summary, self.tr("%1 · %2 · %3 points").replace("%1", detail.name)
                     .replace("%2", self._status_word(detail.status))
                     .replace("%3", formats.number(self.desk, detail.balance)))
        elif self.details.enrolling:
            set_text(self.summary, self.tr("New member"))
        self._retranslate_phone_lock(role)
        self.details.retranslate()

    def _retranslate_phone_lock(self, role: str | None) -> None:
        detail = self.detail
        locked = detail is not None and getattr(detail, "phone_locked", False)
        if locked:
            text = self.tr("Phone look-up locked after %n wrong PIN(s).", "", detail.pin_failures)
            if detail.pin_locked_at is not None:
                text = self.tr("Phone look-up locked since %1 after %n wrong PIN(s).", "",
                               detail.pin_failures).replace(
                    "%1", formats.moment(self.desk, detail.pin_locked_at, "short"))
            set_text(self.phone_lock_label, text)
        set_text(self.unlock_phone_button, self.tr("Unlock phone look-up"))
        self.phone_lock_label.setVisible(locked)
        self.unlock_phone_button.setVisible(locked and allowed(role, "member_admin"))

    def clear(self) -> None:
        super().clear()
        self.results, self.detail = [], None
        self.search_field.clear()
        self.new_card.clear()
        self.found.setRowCount(0)
        self.found.hide()
        self.details.clear()
        self.details.set_enrolling(False)
        self.manage.clear()
        self.detail_box.hide()
        self._layout_rest()
        self.retranslate()
