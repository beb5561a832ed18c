// SPDX-License-Identifier: MIT
// The main window's header: the demo banner, the search with Load all, the filters, and the
// banners about the list (unreadable entries, a failed load, files made private or expired,
// a change the journal missed).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

ColumnLayout {
    id: header

    // The main window: its models, journal, pending search and list pane.
    required property var main
    readonly property alias searchBar: searchBar

    spacing: 0

    DemoBanner {
        visible: Workspace.demo
        Layout.fillWidth: true
    }
    Pane {
        Layout.fillWidth: true
        padding: Theme.gapL
        leftPadding: Theme.gapXl
        rightPadding: Theme.gapXl

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.gapL

            RowLayout {
                spacing: Theme.gapL
                Layout.fillWidth: true

                SearchBar {
                    id: searchBar
                    busy: main.searchPending && main.listModel.loading
                    Layout.fillWidth: true
                    onSearchRequested: (text) => {
                        main.listModel.search(text)
                        // The same search again sends nothing: then nothing is pending.
                        main.searchPending = main.listModel.loading
                    }
                    Keys.onDownPressed: main.listPane.list.forceActiveFocus()
                }
                LoadAllControl {
                    pagingModel: main.listModel
                }
            }
            FilterBar {
                filterModel: main.filterModel
                Layout.fillWidth: true
            }
        }
    }
    Rectangle {
        color: Theme.separator
        implicitHeight: 1
        Layout.fillWidth: true
    }
    ProblemsBar {
        problems: main.listModel.problems
        Layout.fillWidth: true
    }
    ErrorBanner {
        visible: main.listModel.error.length > 0 && main.listPane.screen === "list"
        message: main.listModel.error
        traceId: main.listModel.errorTraceId
        onRetryRequested: main.listModel.retry()
        Layout.fillWidth: true
    }
    // Files made private and journal entries past their retention: said once.
    DataAtRestBanner {
        madePrivate: Workspace.madePrivate
        expiredEntries: Workspace.expiredEntries
        retentionDays: main.journal.retentionDays
        upkeepError: Workspace.upkeepError
        onDismissed: Workspace.dismissDataNotice()
        Layout.fillWidth: true
    }
    // A change was made but is not in the journal: said here, since its dialog has closed.
    JournalWriteBanner {
        objectName: "journalWriteBanner"
        journal: main.journal
        Layout.fillWidth: true
    }
}
