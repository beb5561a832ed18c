// SPDX-License-Identifier: MIT
// PhoneDesk's main window: search and filters on top, the list of numbers on the left, the
// selected number's details on the right, the instance and what is loaded at the bottom.
// It binds to the Workspace singleton that main() sets up; the logic lives in C++.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.settings
import PhoneDesk

ApplicationWindow {
    id: window

    readonly property PhoneNumberListModel listModel: Workspace.phoneNumbers
    readonly property PhoneNumberFilterModel filterModel: Workspace.filtered
    readonly property Journal journal: Workspace.journal
    // The list and its states, for the header's search and error banner.
    readonly property alias listPane: listArea

    // Roomy on a large screen, never larger than a small one.
    width: Math.min(1440, Screen.desktopAvailableWidth)
    height: Math.min(900, Screen.desktopAvailableHeight)
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: Workspace.demo ? qsTr("PhoneDesk — demo data") : qsTr("PhoneDesk — %1").arg(Workspace.instanceLabel)

    // Fusion paints every control from this palette: the system's, or the forced light or dark one.
    palette.window: Theme.window
    // Text colours per group: a colour set for all groups would also paint disabled text.
    palette.active.windowText: Theme.windowText
    palette.inactive.windowText: Theme.windowText
    palette.disabled.windowText: Theme.disabledText
    palette.active.text: Theme.text
    palette.inactive.text: Theme.text
    palette.disabled.text: Theme.disabledText
    palette.active.buttonText: Theme.buttonText
    palette.inactive.buttonText: Theme.buttonText
    palette.disabled.buttonText: Theme.disabledText
    palette.base: Theme.base
    palette.alternateBase: Theme.alternateBase
    palette.button: Theme.button
    palette.brightText: Theme.highlightedText
    palette.highlight: Theme.highlight
    palette.highlightedText: Theme.highlightedText
    palette.light: Theme.light
    palette.midlight: Theme.midlight
    palette.mid: Theme.mid
    palette.dark: Theme.darkColor
    palette.shadow: Theme.shadowColor
    palette.toolTipBase: Theme.button
    palette.toolTipText: Theme.buttonText
    palette.placeholderText: Theme.placeholderText

    Settings {
        id: settings
        category: "window"
        property string themeMode: "system"
    }
    Component.onCompleted: {
        Theme.mode = settings.themeMode
        windowHeader.searchBar.forceActiveFocus()
        // The search field has the keyboard from the start, so the window is the active one: Qt
        // runs shortcuts only in the active window (deferred by Qt until the window is shown).
        requestActivate()
    }
    function setThemeMode(mode) {
        Theme.mode = mode
        settings.themeMode = mode
    }

    function focusSearch() {
        windowHeader.searchBar.forceActiveFocus()
        windowHeader.searchBar.selectAll()
    }
    function showDetails() {
        if (tracker.selectedId.length > 0)
            detailPane.forceActiveFocus()
    }
    // The profile is read-only: every action that changes an account is off (the client refuses
    // them too). Bound to Workspace; a test may set it.
    property bool changesLocked: Workspace.readOnly

    // The account dialogs and About, one at a time. Each is made anew when it opens, so that it
    // starts from the row as it is now, and destroyed when it closes.
    readonly property alias activeDialog: accountDialogs.current
    OnDemand {
        id: accountDialogs
        host: window.contentItem
        onClosed: {
            if (listArea.list)
                listArea.list.forceActiveFocus()
        }
    }
    function openDialog(component, properties) {
        return accountDialogs.open(properties, component)
    }
    // An action on the selected number (see NumberActions): "edit", "verify", "delete", "add",
    // "replace", "resetMfa"; or a sign-in fix for its owner (SignInActions, the sign-in check's
    // findings): "unlock", "ban", "unban", "removeTotp", "removeBackupCodes", "revokeSessions".
    function runAction(action) {
        // A read-only profile changes nothing: the actions are off, and the Delete key lands here.
        if (changesLocked)
            return
        if (action === "add") {
            addNumber(tracker.row)
            return
        }
        if (tracker.selectedId.length === 0)
            return
        const component = accountDialogComponents.of(action)
        if (component)
            openChange(component, tracker.row)
    }
    // A dialog that changes an account, on `row` (or on no row), through the window's list model.
    function openChange(component, row) {
        return openDialog(component, row ? { row: row, phoneNumbers: window.listModel } : { phoneNumbers: window.listModel })
    }
    // Add number: for the owner of `row` when given, else the agent picks the user. The new
    // number is selected once the list shows it.
    function addNumber(row) {
        if (changesLocked)
            return
        const dialog = openChange(accountDialogComponents.add, row && row.userId !== undefined ? row : null)
        if (dialog)
            dialog.added.connect((id) => {
                if (!tracker.selectId(id))
                    statusBar.showNotice(qsTr("The new number is hidden by the current filters or search."))
            })
    }
    function editSelected() {
        runAction("edit")
    }
    // A fix of the sign-in check: about the number `phoneNumberId` of the selected owner (a code
    // to send, a number to edit), which is selected first, or about the owner.
    function runFix(action, phoneNumberId) {
        if (changesLocked)
            return
        if (phoneNumberId.length > 0 && phoneNumberId !== tracker.selectedId && !tracker.selectId(phoneNumberId)) {
            statusBar.showNotice(qsTr("That number is hidden by the current filters or search."))
            return
        }
        runAction(action)
    }
    // The list model each change goes through comes with the row (see openChange()).
    AccountDialogs { id: accountDialogComponents }

    // File > Connections…: a new dialog each time, so that no pasted key outlives it.
    readonly property alias connectionDialog: connectionSlot.current
    OnDemand {
        id: connectionSlot
        host: window.contentItem
        component: Component {
            ConnectionDialog {}
        }
    }
    function openConnections() {
        connectionSlot.open()
    }
    // View > Journal: one window, made when first asked for.
    readonly property alias journalWindow: journalSlot.current
    OnDemand {
        id: journalSlot
        host: window
        keep: true
        component: Component {
            JournalWindow {
                journal: window.journal
                phoneNumbers: window.listModel
                readOnly: window.changesLocked
            }
        }
    }
    function openJournal() {
        journalSlot.open()
    }
    Component {
        id: aboutDialogComponent
        AboutDialog {}
    }

    function clearSearch() {
        windowHeader.searchBar.clearSearch()
    }

    // View > Audit…: one audit window, kept while the main window lives, so that its findings stay.
    readonly property alias auditWindow: auditSlot.current
    OnDemand {
        id: auditSlot
        host: window
        keep: true
        component: Component {
            AuditWindow {
                phoneNumbers: window.listModel
                instanceLabel: Workspace.instanceLabel
                onFindingActivated: (userId, phoneNumberId) => window.showFinding(userId, phoneNumberId)
            }
        }
    }
    function openAudit() {
        auditSlot.open()
    }
    // A finding clicked in the audit window: its number, selected here.
    function showFinding(userId, phoneNumberId) {
        window.raise()
        window.requestActivate()
        findingJump.show(userId, phoneNumberId)
    }
    FindingJump {
        id: findingJump
        listModel: window.listModel
        filterModel: window.filterModel
        selection: tracker
        onSearched: (text) => {
            windowHeader.searchBar.text = text
            window.searchPending = window.listModel.loading
        }
        onNotFound: (message) => statusBar.showNotice(message)
    }

    // Switches between the dark and the light palette from anywhere: any focused control, the
    // journal and audit windows, and a window the platform handed keys to without activating it.
    Shortcut {
        objectName: "themeShortcut"
        sequence: "Ctrl+Shift+D"
        context: Qt.ApplicationShortcut
        onActivated: window.setThemeMode(Theme.dark ? "light" : "dark")
    }
    // The menus' shortcuts for keys that reach the window before the platform activated it.
    MenuShortcutFallback {
        window: window
        menuBar: window.menuBar
        blocked: window.activeDialog !== null || window.connectionDialog !== null
    }

    // A search was asked for and its answer is on the way: the search field spins, while
    // pages loaded by scrolling or Load all do not make it.
    property bool searchPending: false
    Connections {
        target: window.listModel
        function onLoadingChanged() {
            if (!window.listModel.loading)
                window.searchPending = false
        }
    }

    SelectionTracker {
        id: tracker
        filterModel: window.filterModel
        view: listArea.list
    }

    menuBar: MenuBar {
        objectName: "menuBar"
        Accessible.name: qsTr("Menu bar")
        // Qt 6.4 reads the entries' mnemonic "&" aloud, and a screen reader's "press" on them does
        // nothing by itself: it opens the menu here, as a click does.
        delegate: MenuBarItem {
            Accessible.name: ShortcutText.withoutMnemonic(text)
            Accessible.onPressAction: triggered()
        }
        FittedMenu {
            title: qsTr("&File")
            Action {
                text: qsTr("&Refresh")
                shortcut: "F5"
                onTriggered: window.listModel.refresh()
            }
            Action {
                text: qsTr("Load &all users")
                enabled: window.listModel.hasMore && !window.listModel.loadingAll
                onTriggered: window.listModel.loadAll()
            }
            Action {
                text: qsTr("&Connections…")
                shortcut: "Ctrl+Shift+O"
                onTriggered: window.openConnections()
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: Qt.quit()
            }
        }
        FittedMenu {
            title: qsTr("&Edit")
            Action {
                text: qsTr("&Find")
                shortcut: StandardKey.Find
                onTriggered: window.focusSearch()
            }
            Action {
                text: qsTr("&Add number…")
                shortcut: StandardKey.New
                enabled: !window.changesLocked
                onTriggered: window.addNumber(null)
            }
            Action {
                text: qsTr("&Edit number…")
                shortcut: "Ctrl+E"
                enabled: tracker.selectedId.length > 0 && !window.changesLocked
                onTriggered: window.editSelected()
            }
            Action {
                text: qsTr("Send or check a &verification code…")
                shortcut: "Ctrl+Shift+V"
                enabled: tracker.selectedId.length > 0 && !window.changesLocked
                onTriggered: window.runAction("verify")
            }
            Action {
                text: qsTr("&Delete number…")
                enabled: tracker.selectedId.length > 0 && !window.changesLocked
                onTriggered: window.runAction("delete")
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Replace all of the user's numbers…")
                enabled: tracker.selectedId.length > 0 && !window.changesLocked
                onTriggered: window.runAction("replace")
            }
            Action {
                text: qsTr("Reset two-step sign-in (&MFA)…")
                enabled: tracker.selectedId.length > 0 && !window.changesLocked
                onTriggered: window.runAction("resetMfa")
            }
            EditSignInMenu {
                enabled: tracker.selectedId.length > 0 && !window.changesLocked
                onActionRequested: (action) => window.runAction(action)
            }
            MenuSeparator {}
            Action {
                text: qsTr("Copy &number")
                shortcut: "Ctrl+Shift+C"
                enabled: tracker.selectedId.length > 0
                onTriggered: Workspace.copyToClipboard(String(tracker.row.phoneNumber))
            }
            Action {
                text: qsTr("Copy &user id")
                shortcut: "Ctrl+Shift+U"
                enabled: tracker.selectedId.length > 0
                onTriggered: Workspace.copyToClipboard(String(tracker.row.userId))
            }
        }
        FittedMenu {
            title: qsTr("&View")
            Action {
                text: qsTr("&Journal")
                shortcut: "Ctrl+J"
                onTriggered: window.openJournal()
            }
            Action {
                text: qsTr("&Audit…")
                shortcut: "Ctrl+Shift+A"
                onTriggered: window.openAudit()
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Clear filters")
                enabled: window.filterModel.filtering
                onTriggered: window.filterModel.clearFilters()
            }
            MenuSeparator {}
            ActionGroup { id: themeGroup }
            Action {
                text: qsTr("&System colours")
                checkable: true
                checked: Theme.mode === "system"
                ActionGroup.group: themeGroup
                onTriggered: window.setThemeMode("system")
            }
            Action {
                text: qsTr("&Light")
                checkable: true
                checked: Theme.mode === "light"
                ActionGroup.group: themeGroup
                onTriggered: window.setThemeMode("light")
            }
            Action {
                text: qsTr("&Dark")
                checkable: true
                checked: Theme.mode === "dark"
                ActionGroup.group: themeGroup
                onTriggered: window.setThemeMode("dark")
            }
        }
        FittedMenu {
            title: qsTr("&Help")
            Action {
                text: qsTr("&About PhoneDesk")
                onTriggered: window.openDialog(aboutDialogComponent, {})
            }
        }
    }

    header: WindowHeader {
        id: windowHeader
        main: window
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        ListArea {
            id: listArea
            listModel: window.listModel
            filterModel: window.filterModel
            instanceLabel: Workspace.instanceLabel
            networkStatus: Workspace.networkStatus
            SplitView.fillWidth: true
            SplitView.minimumWidth: Theme.listMinimumWidth
            onClearSearchRequested: window.clearSearch()

            Connections {
                target: listArea.list
                function onRowSelected(row) { tracker.select(row) }
                function onDeleteRequested(row) {
                    tracker.select(row)
                    window.runAction("delete")
                }
                function onRowActivated(row) {
                    tracker.select(row)
                    window.showDetails()
                }
            }
        }
        DetailPane {
            id: detailPane
            row: tracker.row
            readOnly: window.changesLocked
            profileName: Workspace.profileName
            SplitView.preferredWidth: Theme.detailPanePreferredWidth
            SplitView.minimumWidth: Theme.detailPaneMinimumWidth
            onCloseRequested: listArea.list.forceActiveFocus()
            onActionRequested: (action) => window.runAction(action)
            onFixRequested: (action, phoneNumberId) => window.runFix(action, phoneNumberId)
            onOtherNumberActivated: (id) => {
                if (!tracker.selectId(id))
                    statusBar.showNotice(qsTr("That number is hidden by the current filters or search."))
            }
        }
    }

    footer: StatusBar {
        id: statusBar
        pagingModel: window.listModel
        filterModel: window.filterModel
        demo: Workspace.demo
        instanceLabel: Workspace.demo ? qsTr("Demo sandbox on this computer") : Workspace.instanceLabel
        apiUrl: Workspace.apiUrl
        readOnly: window.changesLocked
        networkStatus: Workspace.networkStatus
        environment: Workspace.environment
        profileName: Workspace.profileName
    }
}
