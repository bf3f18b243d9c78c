"""The staff accounts page: every account in a table; role, card, PIN, locks; add a new one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.roles import CLERK, MANAGER
from kiosk.services import staff
from kiosk.services.staff import StaffInfo
from kiosk.services.stores import store_codes
from ui.screens.base import button, card_frame, label, set_text
from ui.staff import formats
from ui.staff.controls import fit_width
from ui.staff.host import StaffHost
from ui.staff.page import CODE, DIGITS, NAME, TEXT, StaffPage, field, form, heading
from ui.staff.shop_choice import ShopChoice

TABLE_HEIGHT = 260
ROW_HEIGHT = 48


class RoleChoice(QWidget):
    """Two toggle buttons, Clerk and Manager; exactly one is chosen."""

    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.role = CLERK
        self.clerk_button = button("toggle")
        self.manager_button = button("toggle")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for role, choice in ((CLERK, self.clerk_button), (MANAGER, self.manager_button)):
            choice.setCheckable(True)
            choice.setMinimumHeight(48)
            choice.clicked.connect(lambda _=False, r=role: self.choose(r))
            row.addWidget(choice)
        self.choose(CLERK)

    def choose(self, role: str) -> None:
        self.role = role
        self.clerk_button.setChecked(role == CLERK)
        self.manager_button.setChecked(role == MANAGER)
        self.changed.emit(role)

    def retranslate(self) -> None:
        set_text(self.clerk_button, self.tr("Clerk"))
        set_text(self.manager_button, self.tr("Manager"))


def _open_shops(_ctx: object) -> list[str]:
    """The chain's open shops, for the Shop choice."""
    return store_codes()


def pin_field() -> QLineEdit:
    """A PIN field on the keypad that shows dots."""
    edit = field(DIGITS, max_length=6)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class StaffAccountsPage(StaffPage):
    """A manager sees every account, changes one, locks or unlocks it, or adds a new one."""

    permission = "staff"

    def __init__(self, desk: StaffHost) -> None:
        super().__init__(desk)
        self.accounts: list[StaffInfo] = []
        self.chosen: StaffInfo | None = None
        self.adding = False
        self.lock_armed = False
        self.off_armed = False
        self.title = heading()
        self.add_mode_button = button("small")
        self.add_mode_button.setMinimumHeight(48)
        self.add_mode_button.setMaximumWidth(260)
        self.add_mode_button.clicked.connect(self._toggle_add)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.add_mode_button)
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # names show whole
        # the state and last login share what is left: the locks list below says each state in full
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFixedHeight(TABLE_HEIGHT)
        self.table.itemSelectionChanged.connect(self._selected)
        self.locks_label = label("warning")  # each locked account, who or what locked it, why
        self._build_edit()
        self._build_add()
        self.body.addLayout(top)
        self.body.addWidget(self.table)
        self.body.addWidget(self.locks_label)
        self.body.addWidget(self.status)
        self.body.addWidget(self.edit_box)
        self.body.addWidget(self.add_box)
        self.body.addStretch(1)
        self.clear()

    # --- building -----------------------------------------------------------------------------

    def _build_edit(self) -> None:
        self.edit_box = card_frame()
        self.chosen_label = label("subtitle")
        self.role_choice = RoleChoice()
        self.card_field = field(CODE, max_length=40)
        self.save_button = button("primary")
        self.save_button.clicked.connect(self._save)
        card_row = QHBoxLayout()
        card_row.addWidget(self.card_field, 3)
        card_row.addWidget(self.save_button, 2)
        self.pin_field = pin_field()
        self.pin_button = button("")
        self.pin_button.clicked.connect(self._set_pin)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_field, 3)
        pin_row.addWidget(self.pin_button, 2)
        self.reason_field = field(TEXT, max_length=200)
        self.lock_button = button("danger")
        self.lock_button.clicked.connect(self._lock)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.reason_field, 3)
        lock_row.addWidget(self.lock_button, 2)
        self.active_button = button("")
        self.active_button.clicked.connect(self._switch)
        self.shop_choice = ShopChoice()
        self.edit_form = form()
        self.role_label, self.card_label = label(), label()
        self.pin_label, self.lock_label, self.active_label = label(), label(), label()
        self.shop_label = label()
        self.edit_form.addRow(self.role_label, self.role_choice)
        self.edit_form.addRow(self.shop_label, self.shop_choice)
        self.edit_form.addRow(self.card_label, card_row)
        self.edit_form.addRow(self.pin_label, pin_row)
        self.edit_form.addRow(self.lock_label, lock_row)
        self.edit_form.addRow(self.active_label, self.active_button)
        layout = QHBoxLayout(self.edit_box)
        column = form()
        column.addRow(self.chosen_label)
        column.addRow(self.edit_form)
        layout.addLayout(column)

    def _build_add(self) -> None:
        self.add_box = card_frame()
        self.new_name = field(NAME, max_length=80)
        self.new_role = RoleChoice()
        self.new_pin = pin_field()
        self.new_pin_again = pin_field()
        self.new_card = field(CODE, max_length=40)
        self.new_shop = ShopChoice()
        self.add_button = button("primary")
        self.add_button.clicked.connect(self._add)
        self.cancel_add_button = button("")
        self.cancel_add_button.clicked.connect(self._toggle_add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_add_button, 1)
        buttons.addWidget(self.add_button, 2)
        self.add_form = form()
        self.add_title = label("subtitle")
        self.name_label, self.new_role_label = label(), label()
        self.new_pin_label, self.again_label, self.new_card_label = label(), label(), label()
        self.add_form.addRow(self.add_title)
        self.add_form.addRow(self.name_label, self.new_name)
        self.add_form.addRow(self.new_role_label, self.new_role)
        self.new_shop_label = label()
        self.add_form.addRow(self.new_shop_label, self.new_shop)
        self.add_form.addRow(self.new_pin_label, self.new_pin)
        self.add_form.addRow(self.again_label, self.new_pin_again)
        self.add_form.addRow(self.new_card_label, self.new_card)
        self.add_form.addRow(buttons)
        layout = QHBoxLayout(self.add_box)
        layout.addLayout(self.add_form)

    # --- loading ------------------------------------------------------------------------------

    def opened(self) -> None:
        self.refresh()
        self.run(_open_shops, on_done=self._shops_loaded)

    def _shops_loaded(self, codes: list[str]) -> None:
        for choice in (self.shop_choice, self.new_shop):
            choice.set_codes(codes if len(codes) > 1 else [])
        self._show_shop_rows()

    def chain_manager(self) -> bool:
        """The account acting now belongs to the whole chain (it may pick an account's shop)."""
        session = self.desk.session
        return session is None or session.store is None

    def _show_shop_rows(self) -> None:
        """The Shop rows: for the chain's managers, on a chain with shops to choose from."""
        self.edit_form.setRowVisible(
            self.shop_label, self.chain_manager() and self.shop_choice.has_choice)
        self.add_form.setRowVisible(
            self.new_shop_label, self.chain_manager() and self.new_shop.has_choice)

    def refresh(self, keep: str | None = None) -> None:
        """Load every account again; the account called `keep` (or the chosen one) stays chosen."""
        name = keep or (self.chosen.name if self.chosen else None)
        self.run(staff.list_staff, True, on_done=lambda rows: self._loaded(rows, name))

    def _loaded(self, rows: list[StaffInfo], keep: str | None) -> None:
        self.accounts = rows
        self.chosen = None
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for index, info in enumerate(rows):
            for column, text in enumerate(self._row_texts(info)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self._fit_table()
        row = next((i for i, info in enumerate(rows) if info.name == keep), None)
        if row is not None:
            self.table.selectRow(row)  # fills the form through _selected
        else:
            self._show_form()

    def _fit_table(self) -> None:
        """As high as its rows, up to TABLE_HEIGHT; more rows scroll inside the table."""
        rows = max(self.table.rowCount(), 2)
        wanted = self.table.horizontalHeader().sizeHint().height() + rows * ROW_HEIGHT + 6
        self.table.setFixedHeight(min(wanted, TABLE_HEIGHT))

    def _row_texts(self, info: StaffInfo) -> list[str]:
        seen = formats.moment(self.desk, info.last_login_at, "short") if info.last_login_at \
            else self.tr("never")
        role = self._role_name(info.role)
        if info.store:
            role = f"{role} · {info.store}"
        return [info.name, role, info.card or "—", self.short_state(info), seen]

    def _role_name(self, role: str) -> str:
        return self.tr("Manager") if role == MANAGER else self.tr("Clerk")

    def short_state(self, info: StaffInfo) -> str:
        """The table's state: active, switched off, locked by a manager, or locked until when."""
        if not info.active:
            return self.tr("switched off")
        if info.locked:
            return self.tr("locked by a manager")
        now = self.desk.ctx.now()
        if info.locked_now(now):
            assert info.locked_until is not None
            return self.tr("locked until %1").replace(
                "%1", formats.clock_time(self.desk, info.locked_until))
        if info.card_locked_now(now):
            assert info.card_locked_until is not None
            return self.tr("card locked until %1").replace(
                "%1", formats.clock_time(self.desk, info.card_locked_until))
        return self.tr("active")

    def state_text(self, info: StaffInfo) -> str:
        """Active, switched off, or who or what locked it: a manager, or wrong PINs until when."""
        if not info.active:
            return self.tr("switched off")
        if info.locked:
            who = self.tr("locked by %1").replace("%1", info.locked_by) if info.locked_by \
                else self.tr("locked by a manager")
            return f"{who}: {info.lock_reason}" if info.lock_reason else who
        now = self.desk.ctx.now()
        parts = []
        if info.locked_until is not None and info.locked_until > now:
            parts.append(self.tr("locked until %1 after %n wrong PIN(s)", "", info.failures)
                         .replace("%1", formats.clock_time(self.desk, info.locked_until)))
        if info.card_locked_until is not None and info.card_locked_until > now:
            parts.append(
                self.tr("card login locked until %1 after %n wrong PIN(s)", "",
                        info.card_failures)
                .replace("%1", formats.clock_time(self.desk, info.card_locked_until)))
        if parts:
            return "; ".join(parts)
        if info.failures or info.card_failures:
            return self.tr("active, %n wrong PIN(s) since the last login", "",
                           info.failures + info.card_failures)
        return self.tr("active")

    def _is_locked(self, info: StaffInfo) -> bool:
        now = self.desk.ctx.now()
        return info.locked_now(now) or info.card_locked_now(now)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.chosen = self.accounts[rows[0].row()] if rows else None
        self.lock_armed = self.off_armed = False
        if self.chosen is not None:
            self.adding = False
            self.role_choice.choose(self.chosen.role)
            self.shop_choice.choose(self.chosen.store)
            self.card_field.setText(self.chosen.card or "")
            self.pin_field.clear()
            self.reason_field.clear()
        self._show_form()

    def _show_form(self) -> None:
        self.edit_box.setVisible(self.chosen is not None and not self.adding)
        self.add_box.setVisible(self.adding)
        self._show_shop_rows()
        self.retranslate()

    # --- changing an account ------------------------------------------------------------------

    def _after(self, text: str) -> Callable[[StaffInfo], None]:
        def done(info: StaffInfo) -> None:
            self.show_done(text.replace("%1", info.name))
            self.refresh(info.name)

        return done

    def _refused(self, problem: KioskError) -> None:
        self.lock_armed = self.off_armed = False
        self.show_problem(problem)
        self.refresh()

    def _save(self) -> None:
        if self.chosen is None:
            return
        moved = self.chain_manager() and self.shop_choice.store != self.chosen.store
        store = (self.shop_choice.store or "") if moved else None  # "": the whole chain
        self.run(staff.update_staff, self.chosen.name, self.role_choice.role,
                 self.card_field.text().strip(), None, store,
                 on_done=self._after(self.tr("Saved the changes to %1.")), on_error=self._refused)

    def _set_pin(self) -> None:
        if self.chosen is None:
            return
        pin = self.pin_field.text()
        self.pin_field.clear()
        self.run(staff.change_pin, self.chosen.name, pin,
                 on_done=self._after(self.tr("%1 has a new PIN.")), on_error=self._refused)

    def _lock(self) -> None:
        if self.chosen is None:
            return
        reason = self.reason_field.text().strip()
        if self._is_locked(self.chosen):
            self.run(staff.unlock_staff, self.chosen.name, reason,
                     on_done=self._after(self.tr("%1 is unlocked and can log in.")),
                     on_error=self._refused)
            return
        if not self.lock_armed:
            self.lock_armed = True
            self.retranslate()
            return
        self.lock_armed = False
        self.run(staff.lock_staff, self.chosen.name, reason,
                 on_done=self._after(self.tr("%1 is locked and cannot log in.")),
                 on_error=self._refused)

    def _switch(self) -> None:
        if self.chosen is None:
            return
        if self.chosen.active and not self.off_armed:
            self.off_armed = True
            self.retranslate()
            return
        self.off_armed = False
        active = not self.chosen.active
        text = self.tr("%1 can log in again.") if active else self.tr(
            "%1 is switched off and cannot log in.")
        self.run(staff.update_staff, self.chosen.name, None, None, active,
                 on_done=self._after(text), on_error=self._refused)

    # --- adding an account --------------------------------------------------------------------

    def _toggle_add(self) -> None:
        self.adding = not self.adding
        if self.adding:
            self.table.clearSelection()
            for edit in (self.new_name, self.new_pin, self.new_pin_again, self.new_card):
                edit.clear()
            self.new_role.choose(CLERK)
            self.new_shop.choose(None)
            self.set_status("")
        self._show_form()
        if self.adding:
            self.new_name.setFocus()

    def _add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.set_status(self.tr("Type the new staff member's name."), "warning")
            return
        if self.new_pin.text() != self.new_pin_again.text():
            self.new_pin.clear()
            self.new_pin_again.clear()
            self.set_status(self.tr("The two PINs are not the same. Type the PIN twice again."),
                            "warning")
            return
        store = self.new_shop.store if self.chain_manager() else None  # a shop's: their own
        self.run(staff.add_staff, name, self.new_role.role, self.new_pin.text(),
                 self.new_card.text().strip() or None, store, on_done=self._added,
                 on_error=self.show_problem)

    def _added(self, info: StaffInfo) -> None:
        self.adding = False
        self.show_done(self.tr("Added %1 as %2. They can log in now.").replace(
            "%1", info.name).replace("%2", self._role_name(info.role).lower()))
        self.refresh(info.name)

    # --- texts --------------------------------------------------------------------------------

    def nav_title(self) -> str:
        return self.tr("Staff accounts")

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Staff accounts"))
        set_text(self.add_mode_button, self.tr("Add staff member"))
        self.add_mode_button.setVisible(not self.adding)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Role"), self.tr("Staff card"), self.tr("State"),
            self.tr("Last login"),
        ])
        self.table.setAccessibleName(self.tr("Staff accounts"))
        for index, info in enumerate(self.accounts):
            for column, text in enumerate(self._row_texts(info)):
                item = self.table.item(index, column)
                if item is not None:
                    item.setText(text)
        self._retranslate_locks()
        self.role_choice.retranslate()
        self.new_role.retranslate()
        self._retranslate_edit()
        self._retranslate_add()

    def _retranslate_locks(self) -> None:
        """One line per account that is locked or had wrong PINs since its last login."""
        lines = [
            f"{info.name}: {self.state_text(info)}"
            for info in self.accounts
            if info.active and (info.locked or info.failures or info.card_failures)
        ]
        set_text(self.locks_label, "\n".join(lines))
        self.locks_label.setVisible(bool(lines))

    def _retranslate_edit(self) -> None:
        info = self.chosen
        if info is not None:
            set_text(self.chosen_label, f"{info.name} · {self.state_text(info)}")
        set_text(self.role_label, self.tr("Role"))
        set_text(self.shop_label, self.tr("Shop"))
        self.shop_choice.retranslate()
        set_text(self.card_label, self.tr("Staff card"))
        self.card_field.setPlaceholderText(self.tr("STAFF-… (empty: no card)"))
        self.card_field.setAccessibleName(self.tr("Staff card"))
        set_text(self.save_button, self.tr("Save"))
        set_text(self.pin_label, self.tr("New PIN"))
        self.pin_field.setPlaceholderText(self.tr("4 to 6 digits"))
        self.pin_field.setAccessibleName(self.tr("New PIN"))
        set_text(self.pin_button, self.tr("Set PIN"))
        set_text(self.lock_label, self.tr("Lock"))
        self.reason_field.setPlaceholderText(self.tr("Why? (optional)"))
        self.reason_field.setAccessibleName(self.tr("Reason for locking or unlocking"))
        if info is not None and self._is_locked(info):
            set_text(self.lock_button, self.tr("Unlock"))
        else:
            set_text(self.lock_button, self.tr("Touch again to lock") if self.lock_armed
                     else self.tr("Lock"))
        for widget in (self.save_button, self.pin_button, self.lock_button):
            fit_width(widget)
        set_text(self.active_label, self.tr("Log in"))
        if info is not None and not info.active:
            set_text(self.active_button, self.tr("Switch on"))
        else:
            set_text(self.active_button, self.tr("Touch again to switch off") if self.off_armed
                     else self.tr("Switch off"))

    def _retranslate_add(self) -> None:
        set_text(self.add_title, self.tr("Add staff member"))
        set_text(self.name_label, self.tr("Name"))
        self.new_name.setAccessibleName(self.tr("Name"))
        set_text(self.new_role_label, self.tr("Role"))
        set_text(self.new_shop_label, self.tr("Shop"))
        self.new_shop.retranslate()
        set_text(self.new_pin_label, self.tr("PIN"))
        self.new_pin.setPlaceholderText(self.tr("4 to 6 digits"))
        self.new_pin.setAccessibleName(self.tr("PIN"))
        set_text(self.again_label, self.tr("PIN again"))
        self.new_pin_again.setAccessibleName(self.tr("PIN again"))
        set_text(self.new_card_label, self.tr("Staff card"))
        self.new_card.setPlaceholderText(self.tr("STAFF-… (optional)"))
        self.new_card.setAccessibleName(self.tr("Staff card"))
        set_text(self.add_button, self.tr("Add"))
        set_text(self.cancel_add_button, self.tr("Cancel"))

    def clear(self) -> None:
        super().clear()
        self.accounts = []
        self.chosen = None
        self.adding = False
        self.lock_armed = self.off_armed = False
        self.table.setRowCount(0)
        self.locks_label.hide()
        for edit in (self.card_field, self.pin_field, self.reason_field, self.new_name,
                     self.new_pin, self.new_pin_again, self.new_card):
            edit.clear()
        self._show_form()
