#pragma once

#include "validation/Finding.h"

#include <QList>
#include <QTabWidget>

class GeneralSection;
class PackagesSection;
class RightsSection;

/**
 * The editor's tabs: General, Rights and Access packages, each title with its count and an error
 * icon while a shown finding concerns it.
 */
class DefinitionTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit DefinitionTabs(QWidget *parent = nullptr);

    GeneralSection *general() const { return m_general; }
    RightsSection *rights() const { return m_rights; }
    PackagesSection *packages() const { return m_packages; }

    /// Titles with @p rights and @p packages chosen; an error icon on each tab @p findings concern.
    void updateTitles(const QList<Validation::Finding> &findings, int rights, int packages);

protected:
    void changeEvent(QEvent *event) override;

private:
    GeneralSection *m_general;
    RightsSection *m_rights;
    PackagesSection *m_packages;
};
