#pragma once

#include "model/SystemDefinitionDiff.h"
#include "validation/Finding.h"

#include <QWidget>

class DefinitionDiffModel;
class QLabel;
class QPushButton;
class QTableView;

/**
 * The top of the Publish page: a headline and explanation saying where the draft stands against what
 * is registered, the field-by-field differences (for a new system: everything, as added) and the
 * buttons to publish, check again or go back to the system page.
 */
class PublishDiffSection : public QWidget
{
    Q_OBJECT

public:
    /// Where the draft stands; PublishPage::Mode.
    enum class State {
        NoDraft, ///< nothing to publish: page 3 has no draft
        Loading, ///< reading the registered system (nothing known yet)
        LoadFailed, ///< could not read it; Try again
        NewSystem, ///< not registered yet: everything will be created
        Changes, ///< registered, and the draft differs
        UpToDate, ///< registered and equal to the draft
        Deleted, ///< the id belongs to a deleted system and cannot be used again
    };
    Q_ENUM(State)

    explicit PublishDiffSection(QWidget *parent = nullptr);

    /// Says where @p systemId stands in @p environment; the table shows while there is something to send.
    void showState(State state, const QString &systemId, const QString &environment, bool justPublished,
        bool publishing);
    void setChanges(const QList<Altinn::DefinitionChange> &changes);
    DefinitionDiffModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *publishButton() const { return m_publishButton; }
    QPushButton *reloadButton() const { return m_reloadButton; }
    void retranslateUi();

Q_SIGNALS:
    void publishRequested();
    void reloadRequested();
    /// Back to the system page; for a deleted id, @p finding is the id that must change.
    void editRequested(const Validation::Finding &finding);

private:
    QLabel *m_headlineLabel;
    QLabel *m_explanationLabel;
    QTableView *m_view;
    DefinitionDiffModel *m_model;
    QPushButton *m_publishButton;
    QPushButton *m_reloadButton;
    QPushButton *m_backToSystemButton;
    int m_changeCount = 0;
    State m_state = State::Loading;
};
