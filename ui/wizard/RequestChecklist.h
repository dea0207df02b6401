#pragma once

#include "model/AccessPackageRef.h"
#include "model/AccessPackageTree.h"
#include "model/Right.h"
#include "model/SystemUserRequest.h"

#include <QSet>
#include <QWidget>

#include <optional>

class RequestSystemSection;
class QLabel;
class QListWidget;

/**
 * "What to ask for" on page 5: the system's rights and access packages as two checklists, everything
 * ticked to start with. Agent requests show only client-relationship packages and no rights; standard
 * requests leave client-relationship packages out (Altinn refuses them there).
 */
class RequestChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit RequestChecklist(const RequestSystemSection *source, QWidget *parent = nullptr);

    void setKind(Altinn::RequestKind kind);
    /// Refills the lists from the system and catalogues of the source (keeps what was unticked).
    void fill();
    /// Call when the source's system changed: another system starts with everything ticked.
    void systemChanged();

    /// The ticked rights and packages, in the system's order.
    QList<Altinn::Right> selectedRights() const;
    QList<Altinn::AccessPackageRef> selectedPackages() const;
    /// Ticks exactly these (applied once the system is there); nullopt ticks everything.
    void select(const std::optional<QList<Altinn::Right>> &rights,
        const std::optional<QList<Altinn::AccessPackageRef>> &packages);

    /// The package's catalogue entry, or nullptr (not loaded yet, or unknown).
    const Altinn::AccessPackageInfo *packageInfo(const QString &urn) const;
    /// The title of a resource id or the name of a package URN in the UI language (the id when unknown).
    QString displayName(const QString &id) const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applySelection();
    bool isPackageOffered(const QString &urn) const;
    QString resourceTitle(const QString &resourceId) const;
    void fitListHeights();
    void updateNotes(int hiddenPackages);
    bool isTicked(const QListWidget *list, const QString &key) const;

    const RequestSystemSection *m_source;
    Altinn::RequestKind m_kind = Altinn::RequestKind::Standard;
    QLabel *m_heading;
    QLabel *m_hint;
    QLabel *m_rightsLabel;
    QListWidget *m_rightsList;
    QLabel *m_rightsNote;
    QLabel *m_packagesLabel;
    QListWidget *m_packagesList;
    QLabel *m_packagesNote;
    QLabel *m_catalogueHint;
    QString m_systemId;
    QSet<QString> m_unchecked; ///< keys the user unticked (everything starts ticked)
    std::optional<QList<Altinn::Right>> m_wantedRights;
    std::optional<QList<Altinn::AccessPackageRef>> m_wantedPackages;
    bool m_selectionPending = false;
    bool m_filling = false;
};
