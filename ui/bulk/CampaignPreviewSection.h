#pragma once

#include "onboarding/ChangeCampaign.h"

#include <QLocale>
#include <QWidget>

#include <functional>

class QLabel;
class QTreeWidget;

/**
 * The plan of a change-request campaign before anything is sent: how many system users will change,
 * need nothing, cannot be changed or could not be read; per customer what is added and removed; and
 * who cannot be changed, why and what to do.
 */
class CampaignPreviewSection : public QWidget
{
    Q_OBJECT

public:
    /// Readable name of a resource id or package URN.
    using NameOf = std::function<QString(const QString &id)>;

    explicit CampaignPreviewSection(QWidget *parent = nullptr);

    void showPlan(const Onboarding::ChangeCampaign::Plan &plan, const NameOf &nameOf);
    void clear();
    void setLocale(const QLocale &locale);

    QTreeWidget *changesTree() const { return m_changes; }
    QTreeWidget *blockedTree() const { return m_blocked; }
    QString countsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QLabel *m_countsLabel;
    QLabel *m_approverLabel;
    QLabel *m_changesHeading;
    QTreeWidget *m_changes;
    QLabel *m_blockedHeading;
    QTreeWidget *m_blocked;
    std::optional<Onboarding::ChangeCampaign::Plan> m_plan;
    NameOf m_nameOf;
    QLocale m_locale;
};
