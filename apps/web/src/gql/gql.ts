/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SetupStatus {\n    setupStatus {\n      needsOwner\n    }\n  }\n": typeof types.SetupStatusDocument,
    "\n  query Me {\n    me {\n      role\n      permissions\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      role\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation CreateOwner($email: String!, $password: String!, $name: String) {\n    createOwner(email: $email, password: $password, name: $name) {\n      role\n    }\n  }\n": typeof types.CreateOwnerDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Campaigns($first: Int!, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          channel\n          status\n          scheduledAt\n          budget\n          createdAt\n          segments {\n            id\n            name\n            size\n            clusterIndex\n            inActiveRun\n          }\n          audience {\n            totalCustomers\n            consentedCustomers\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  query CampaignSegments {\n    segments {\n      id\n      name\n      clusterIndex\n      size\n    }\n  }\n": typeof types.CampaignSegmentsDocument,
    "\n  query AudiencePreview($segmentIds: [ID!]!) {\n    audiencePreview(segmentIds: $segmentIds) {\n      totalCustomers\n      consentedCustomers\n      perSegment {\n        segmentId\n        name\n        size\n        consentedCount\n        audienceSize\n      }\n    }\n  }\n": typeof types.AudiencePreviewDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation ChangeCampaignStatus($id: ID!, $status: CampaignStatus!) {\n    changeCampaignStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.ChangeCampaignStatusDocument,
    "\n  mutation UpdateCampaignSchedule($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      scheduledAt\n    }\n  }\n": typeof types.UpdateCampaignScheduleDocument,
    "\n  fragment KpiFigureFields on KpiFigures {\n    reach\n    conversions\n    conversionRate\n    revenue\n    revenuePerRecipient\n    cost\n    roi\n  }\n": typeof types.KpiFigureFieldsFragmentDoc,
    "\n  query CampaignKpis($campaignId: ID!) {\n    campaignKpis(campaignId: $campaignId) {\n      budget\n      total {\n        ...KpiFigureFields\n      }\n      unattributed {\n        ...KpiFigureFields\n      }\n      perSegment {\n        segmentId\n        segmentName\n        kpis {\n          ...KpiFigureFields\n        }\n      }\n    }\n  }\n": typeof types.CampaignKpisDocument,
    "\n  mutation RecordCampaignResult($input: RecordCampaignResultInput!) {\n    recordCampaignResult(input: $input) {\n      id\n      segmentId\n      reach\n      conversions\n      revenue\n    }\n  }\n": typeof types.RecordCampaignResultDocument,
    "\n  query WebhookDeliveries($campaignId: ID!) {\n    webhookDeliveries(campaignId: $campaignId, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          endpointId\n          status\n          attempts\n          responseStatus\n          lastError\n          createdAt\n          deliveredAt\n          customerCount\n          pageCount\n          pagesDelivered\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation SendCampaignToWebhook($campaignId: ID!, $endpointId: ID!) {\n    sendCampaignToWebhook(campaignId: $campaignId, endpointId: $endpointId) {\n      id\n      status\n      customerCount\n    }\n  }\n": typeof types.SendCampaignToWebhookDocument,
    "\n  query Customers($first: Int!, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrderBy) {\n    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        externalId\n        name\n        email\n        totalSpent\n        orderCount\n        lastOrderAt\n        marketingConsent\n        segment {\n          segmentId\n          name\n          clusterIndex\n        }\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query SegmentOptions {\n    segments {\n      id\n      name\n      clusterIndex\n      size\n    }\n  }\n": typeof types.SegmentOptionsDocument,
    "\n  query Customer($id: Int!) {\n    customer(id: $id) {\n      id\n      externalId\n      name\n      email\n      city\n      country\n      gender\n      birthDate\n      signupDate\n      income\n      marketingConsent\n      totalSpent\n      orderCount\n      firstOrderAt\n      lastOrderAt\n      segment {\n        segmentId\n        name\n        clusterIndex\n        source\n        assignedAt\n        distance\n      }\n      segmentExplanation {\n        text\n        rulesAgree\n        steps {\n          feature\n          condition\n          value\n        }\n      }\n      orders {\n        id\n        externalId\n        orderedAt\n        total\n        currency\n        lines {\n          id\n          sku\n          productName\n          quantity\n          lineTotal\n        }\n      }\n      events(first: 20) {\n        totalCount\n        nodes {\n          id\n          type\n          occurredAt\n        }\n      }\n    }\n  }\n": typeof types.CustomerDocument,
    "\n  query ImportPreview($importId: ID!) {\n    previewImport(importId: $importId) {\n      columns\n      rows\n      mapping {\n        column\n        field\n      }\n      fields {\n        name\n        required\n        description\n      }\n    }\n  }\n": typeof types.ImportPreviewDocument,
    "\n  mutation UpdateImportMapping($importId: ID!, $mapping: [ImportColumnMappingInput!]!) {\n    updateImportMapping(importId: $importId, mapping: $mapping) {\n      id\n    }\n  }\n": typeof types.UpdateImportMappingDocument,
    "\n  fragment ImportCleaningFields on ImportCleaning {\n    totalRows\n    fenceMultiplier\n    columns {\n      column\n      field\n      kind\n      required\n      decimals\n      missingRows\n      invalidRows\n      valueCount\n      median\n      lowerFence\n      upperFence\n      fenceNote\n      lowOutlierRows\n      highOutlierRows\n      mostCommon\n      mostCommonRows\n      missingActions\n      outlierActions\n      choice {\n        missing\n        fillValue\n        outliers\n      }\n    }\n  }\n": typeof types.ImportCleaningFieldsFragmentDoc,
    "\n  query ImportCleaning($importId: ID!) {\n    importCleaning(importId: $importId) {\n      ...ImportCleaningFields\n    }\n  }\n": typeof types.ImportCleaningDocument,
    "\n  mutation UpdateImportCleaning($importId: ID!, $choices: [ImportCleaningChoiceInput!]!) {\n    updateImportCleaning(importId: $importId, choices: $choices) {\n      ...ImportCleaningFields\n    }\n  }\n": typeof types.UpdateImportCleaningDocument,
    "\n  mutation StartImport($importId: ID!) {\n    startImport(importId: $importId) {\n      id\n      status\n    }\n  }\n": typeof types.StartImportDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      kind\n      mode\n      status\n      fileName\n      progress\n      totalRows\n      createdCount\n      updatedCount\n      skippedCount\n      errorCount\n      errorMessage\n      finishedAt\n      cleaningResult {\n        skippedRows\n        columns {\n          column\n          filledRows\n          cappedRows\n          skippedRows\n        }\n      }\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query ImportErrors($importId: ID!, $first: Int!) {\n    importErrors(importId: $importId, first: $first) {\n      totalCount\n      nodes {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportErrorsDocument,
    "\n  query Overview {\n    customers(first: 1) {\n      totalCount\n    }\n    segmentationRuns(first: 10) {\n      edges {\n        node {\n          id\n          name\n          status\n          isActive\n          k\n          finishedAt\n          activatedAt\n          customerCount\n          realtimeAssignedCount\n          explanation {\n            fidelity\n          }\n        }\n      }\n    }\n    segments {\n      id\n      name\n      clusterIndex\n      size\n      share\n      profile\n    }\n    campaigns(first: 20, status: RUNNING) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          channel\n        }\n      }\n    }\n    importJobs(first: 5) {\n      nodes {\n        id\n        fileName\n        kind\n        status\n        createdAt\n        createdCount\n        updatedCount\n        errorCount\n      }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query MarketingPlan($segmentId: ID!) {\n    segment(id: $segmentId) {\n      id\n      marketingPlan {\n        id\n        objective\n        kpi\n        kpiTarget\n        channels\n        offer\n        message\n        budget\n        startDate\n        endDate\n        status\n        updatedAt\n      }\n    }\n    suggestedMarketingPlan(segmentId: $segmentId) {\n      archetype\n      objective\n      kpi\n      kpiTarget\n      kpiTargetText\n      channels\n      offer\n      message\n      durationWeeks\n    }\n  }\n": typeof types.MarketingPlanDocument,
    "\n  query PlanHistory($planId: ID!) {\n    marketingPlanHistory(planId: $planId) {\n      id\n      createdAt\n      changedById\n      snapshot {\n        objective\n        kpi\n        kpiTarget\n        budget\n        status\n        channels\n      }\n    }\n  }\n": typeof types.PlanHistoryDocument,
    "\n  mutation AttachPlan($segmentId: ID!, $input: MarketingPlanInput!) {\n    attachMarketingPlan(segmentId: $segmentId, input: $input) {\n      id\n    }\n  }\n": typeof types.AttachPlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: MarketingPlanInput!) {\n    updateMarketingPlan(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdatePlanDocument,
    "\n  mutation RemovePlan($id: ID!) {\n    removeMarketingPlan(id: $id)\n  }\n": typeof types.RemovePlanDocument,
    "\n  query Runs($first: Int!, $after: String) {\n    segmentationRuns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          stage\n          progress\n          isActive\n          k\n          customerCount\n          createdAt\n          finishedAt\n          explanation {\n            fidelity\n          }\n        }\n      }\n    }\n  }\n": typeof types.RunsDocument,
    "\n  mutation StartRun($input: StartSegmentationRunInput!) {\n    startSegmentationRun(input: $input) {\n      id\n    }\n  }\n": typeof types.StartRunDocument,
    "\n  query RunProgress($id: ID!) {\n    segmentationRun(id: $id) {\n      id\n      name\n      status\n      stage\n      progress\n      error\n      cancelRequested\n      isActive\n      createdAt\n      startedAt\n      finishedAt\n    }\n  }\n": typeof types.RunProgressDocument,
    "\n  query RunResult($id: ID!) {\n    segmentationRun(id: $id) {\n      id\n      k\n      customerCount\n      realtimeAssignedCount\n      parameters {\n        features\n        scaling\n        k\n        kMin\n        kMax\n        excludeSensitive\n      }\n      timings {\n        totalSeconds\n      }\n      kSelection {\n        recommendedK\n        elbowK\n        reason\n        rows {\n          k\n          inertia\n          silhouette\n        }\n      }\n      explanation {\n        fidelity\n        importances {\n          feature\n          importance\n        }\n      }\n      explanationTree {\n        id\n        parentId\n        depth\n        condition\n        feature\n        threshold\n        samples\n        segmentIndex\n        purity\n        isLeaf\n      }\n      pcaPoints {\n        x\n        y\n        segmentIndex\n      }\n      pcaCentroids {\n        x\n        y\n        segmentIndex\n      }\n      segments {\n        id\n        name\n        clusterIndex\n        size\n        share\n        archetype\n        rules {\n          text\n          conditions {\n            feature\n            min\n            max\n            text\n          }\n          coverage\n          precision\n        }\n      }\n      migrationMatrix {\n        fromRunId\n        cells {\n          fromSegmentId\n          fromSegmentName\n          toSegmentId\n          toSegmentName\n          customers\n        }\n      }\n    }\n  }\n": typeof types.RunResultDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelSegmentationRun(id: $id) {\n      id\n      cancelRequested\n      status\n    }\n  }\n": typeof types.CancelRunDocument,
    "\n  mutation ActivateRun($id: ID!) {\n    activateSegmentationRun(id: $id) {\n      id\n      isActive\n    }\n  }\n": typeof types.ActivateRunDocument,
    "\n  query Segment($id: ID!) {\n    segment(id: $id) {\n      id\n      runId\n      name\n      description\n      archetype\n      clusterIndex\n      size\n      share\n      profile\n      standOut {\n        feature\n        segmentMean\n        overallMean\n        ratio\n        effectSize\n      }\n      rules {\n        text\n        conditions {\n          feature\n          min\n          max\n          text\n        }\n        coverage\n        precision\n        matched\n      }\n      associationRules {\n        antecedent\n        consequent\n        confidence\n        lift\n        overallLift\n        liftRatio\n        support\n      }\n    }\n  }\n": typeof types.SegmentDocument,
    "\n  query SegmentMembers($id: ID!, $first: Int!, $after: String) {\n    segment(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            customerId\n            externalId\n            name\n            email\n            distance\n            source\n          }\n        }\n      }\n    }\n  }\n": typeof types.SegmentMembersDocument,
    "\n  mutation UpdateSegment($id: ID!, $name: String, $description: String) {\n    updateSegment(id: $id, name: $name, description: $description) {\n      id\n      name\n      description\n    }\n  }\n": typeof types.UpdateSegmentDocument,
    "\n  query SegmentCampaigns($segmentId: ID!) {\n    segmentKpis(segmentId: $segmentId) {\n      total {\n        reach\n        conversions\n        revenue\n      }\n      campaigns {\n        campaignId\n        campaignName\n        channel\n        status\n        kpis {\n          reach\n          conversions\n          conversionRate\n          revenue\n        }\n      }\n    }\n  }\n": typeof types.SegmentCampaignsDocument,
    "\n  query Users {\n    users(first: 100) {\n      nodes {\n        id\n        email\n        name\n        role\n        createdAt\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation ChangeUserRole($userId: ID!, $role: UserRole!) {\n    changeUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation RemoveUser($userId: ID!) {\n    removeUser(userId: $userId)\n  }\n": typeof types.RemoveUserDocument,
    "\n  query ApiKeys {\n    apiKeys(first: 100, includeInactive: true) {\n      nodes {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 100) {\n      edges {\n        node {\n          id\n          name\n          url\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhook($name: String!, $url: String!) {\n    createWebhookEndpoint(name: $name, url: $url) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  query ExportCustomer($customerId: Int!) {\n    exportCustomerData(customerId: $customerId)\n  }\n": typeof types.ExportCustomerDocument,
    "\n  mutation EraseCustomer($customerId: Int!) {\n    eraseCustomer(customerId: $customerId) {\n      customerId\n      ordersDeleted\n      eventsDeleted\n      membershipsDeleted\n      campaignAudiencesDeleted\n    }\n  }\n": typeof types.EraseCustomerDocument,
    "\n  query ShopSettings {\n    shopSettings {\n      currency\n      updatedAt\n    }\n  }\n": typeof types.ShopSettingsDocument,
    "\n  mutation UpdateShopSettings($input: UpdateShopSettingsInput!) {\n    updateShopSettings(input: $input) {\n      currency\n      updatedAt\n    }\n  }\n": typeof types.UpdateShopSettingsDocument,
};
const documents: Documents = {
    "\n  query SetupStatus {\n    setupStatus {\n      needsOwner\n    }\n  }\n": types.SetupStatusDocument,
    "\n  query Me {\n    me {\n      role\n      permissions\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      role\n    }\n  }\n": types.LoginDocument,
    "\n  mutation CreateOwner($email: String!, $password: String!, $name: String) {\n    createOwner(email: $email, password: $password, name: $name) {\n      role\n    }\n  }\n": types.CreateOwnerDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Campaigns($first: Int!, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          channel\n          status\n          scheduledAt\n          budget\n          createdAt\n          segments {\n            id\n            name\n            size\n            clusterIndex\n            inActiveRun\n          }\n          audience {\n            totalCustomers\n            consentedCustomers\n          }\n        }\n      }\n    }\n  }\n": types.CampaignsDocument,
    "\n  query CampaignSegments {\n    segments {\n      id\n      name\n      clusterIndex\n      size\n    }\n  }\n": types.CampaignSegmentsDocument,
    "\n  query AudiencePreview($segmentIds: [ID!]!) {\n    audiencePreview(segmentIds: $segmentIds) {\n      totalCustomers\n      consentedCustomers\n      perSegment {\n        segmentId\n        name\n        size\n        consentedCount\n        audienceSize\n      }\n    }\n  }\n": types.AudiencePreviewDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation ChangeCampaignStatus($id: ID!, $status: CampaignStatus!) {\n    changeCampaignStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": types.ChangeCampaignStatusDocument,
    "\n  mutation UpdateCampaignSchedule($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      scheduledAt\n    }\n  }\n": types.UpdateCampaignScheduleDocument,
    "\n  fragment KpiFigureFields on KpiFigures {\n    reach\n    conversions\n    conversionRate\n    revenue\n    revenuePerRecipient\n    cost\n    roi\n  }\n": types.KpiFigureFieldsFragmentDoc,
    "\n  query CampaignKpis($campaignId: ID!) {\n    campaignKpis(campaignId: $campaignId) {\n      budget\n      total {\n        ...KpiFigureFields\n      }\n      unattributed {\n        ...KpiFigureFields\n      }\n      perSegment {\n        segmentId\n        segmentName\n        kpis {\n          ...KpiFigureFields\n        }\n      }\n    }\n  }\n": types.CampaignKpisDocument,
    "\n  mutation RecordCampaignResult($input: RecordCampaignResultInput!) {\n    recordCampaignResult(input: $input) {\n      id\n      segmentId\n      reach\n      conversions\n      revenue\n    }\n  }\n": types.RecordCampaignResultDocument,
    "\n  query WebhookDeliveries($campaignId: ID!) {\n    webhookDeliveries(campaignId: $campaignId, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          endpointId\n          status\n          attempts\n          responseStatus\n          lastError\n          createdAt\n          deliveredAt\n          customerCount\n          pageCount\n          pagesDelivered\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation SendCampaignToWebhook($campaignId: ID!, $endpointId: ID!) {\n    sendCampaignToWebhook(campaignId: $campaignId, endpointId: $endpointId) {\n      id\n      status\n      customerCount\n    }\n  }\n": types.SendCampaignToWebhookDocument,
    "\n  query Customers($first: Int!, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrderBy) {\n    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        externalId\n        name\n        email\n        totalSpent\n        orderCount\n        lastOrderAt\n        marketingConsent\n        segment {\n          segmentId\n          name\n          clusterIndex\n        }\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  query SegmentOptions {\n    segments {\n      id\n      name\n      clusterIndex\n      size\n    }\n  }\n": types.SegmentOptionsDocument,
    "\n  query Customer($id: Int!) {\n    customer(id: $id) {\n      id\n      externalId\n      name\n      email\n      city\n      country\n      gender\n      birthDate\n      signupDate\n      income\n      marketingConsent\n      totalSpent\n      orderCount\n      firstOrderAt\n      lastOrderAt\n      segment {\n        segmentId\n        name\n        clusterIndex\n        source\n        assignedAt\n        distance\n      }\n      segmentExplanation {\n        text\n        rulesAgree\n        steps {\n          feature\n          condition\n          value\n        }\n      }\n      orders {\n        id\n        externalId\n        orderedAt\n        total\n        currency\n        lines {\n          id\n          sku\n          productName\n          quantity\n          lineTotal\n        }\n      }\n      events(first: 20) {\n        totalCount\n        nodes {\n          id\n          type\n          occurredAt\n        }\n      }\n    }\n  }\n": types.CustomerDocument,
    "\n  query ImportPreview($importId: ID!) {\n    previewImport(importId: $importId) {\n      columns\n      rows\n      mapping {\n        column\n        field\n      }\n      fields {\n        name\n        required\n        description\n      }\n    }\n  }\n": types.ImportPreviewDocument,
    "\n  mutation UpdateImportMapping($importId: ID!, $mapping: [ImportColumnMappingInput!]!) {\n    updateImportMapping(importId: $importId, mapping: $mapping) {\n      id\n    }\n  }\n": types.UpdateImportMappingDocument,
    "\n  fragment ImportCleaningFields on ImportCleaning {\n    totalRows\n    fenceMultiplier\n    columns {\n      column\n      field\n      kind\n      required\n      decimals\n      missingRows\n      invalidRows\n      valueCount\n      median\n      lowerFence\n      upperFence\n      fenceNote\n      lowOutlierRows\n      highOutlierRows\n      mostCommon\n      mostCommonRows\n      missingActions\n      outlierActions\n      choice {\n        missing\n        fillValue\n        outliers\n      }\n    }\n  }\n": types.ImportCleaningFieldsFragmentDoc,
    "\n  query ImportCleaning($importId: ID!) {\n    importCleaning(importId: $importId) {\n      ...ImportCleaningFields\n    }\n  }\n": types.ImportCleaningDocument,
    "\n  mutation UpdateImportCleaning($importId: ID!, $choices: [ImportCleaningChoiceInput!]!) {\n    updateImportCleaning(importId: $importId, choices: $choices) {\n      ...ImportCleaningFields\n    }\n  }\n": types.UpdateImportCleaningDocument,
    "\n  mutation StartImport($importId: ID!) {\n    startImport(importId: $importId) {\n      id\n      status\n    }\n  }\n": types.StartImportDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      kind\n      mode\n      status\n      fileName\n      progress\n      totalRows\n      createdCount\n      updatedCount\n      skippedCount\n      errorCount\n      errorMessage\n      finishedAt\n      cleaningResult {\n        skippedRows\n        columns {\n          column\n          filledRows\n          cappedRows\n          skippedRows\n        }\n      }\n    }\n  }\n": types.ImportJobDocument,
    "\n  query ImportErrors($importId: ID!, $first: Int!) {\n    importErrors(importId: $importId, first: $first) {\n      totalCount\n      nodes {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ImportErrorsDocument,
    "\n  query Overview {\n    customers(first: 1) {\n      totalCount\n    }\n    segmentationRuns(first: 10) {\n      edges {\n        node {\n          id\n          name\n          status\n          isActive\n          k\n          finishedAt\n          activatedAt\n          customerCount\n          realtimeAssignedCount\n          explanation {\n            fidelity\n          }\n        }\n      }\n    }\n    segments {\n      id\n      name\n      clusterIndex\n      size\n      share\n      profile\n    }\n    campaigns(first: 20, status: RUNNING) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          channel\n        }\n      }\n    }\n    importJobs(first: 5) {\n      nodes {\n        id\n        fileName\n        kind\n        status\n        createdAt\n        createdCount\n        updatedCount\n        errorCount\n      }\n    }\n  }\n": types.OverviewDocument,
    "\n  query MarketingPlan($segmentId: ID!) {\n    segment(id: $segmentId) {\n      id\n      marketingPlan {\n        id\n        objective\n        kpi\n        kpiTarget\n        channels\n        offer\n        message\n        budget\n        startDate\n        endDate\n        status\n        updatedAt\n      }\n    }\n    suggestedMarketingPlan(segmentId: $segmentId) {\n      archetype\n      objective\n      kpi\n      kpiTarget\n      kpiTargetText\n      channels\n      offer\n      message\n      durationWeeks\n    }\n  }\n": types.MarketingPlanDocument,
    "\n  query PlanHistory($planId: ID!) {\n    marketingPlanHistory(planId: $planId) {\n      id\n      createdAt\n      changedById\n      snapshot {\n        objective\n        kpi\n        kpiTarget\n        budget\n        status\n        channels\n      }\n    }\n  }\n": types.PlanHistoryDocument,
    "\n  mutation AttachPlan($segmentId: ID!, $input: MarketingPlanInput!) {\n    attachMarketingPlan(segmentId: $segmentId, input: $input) {\n      id\n    }\n  }\n": types.AttachPlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: MarketingPlanInput!) {\n    updateMarketingPlan(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdatePlanDocument,
    "\n  mutation RemovePlan($id: ID!) {\n    removeMarketingPlan(id: $id)\n  }\n": types.RemovePlanDocument,
    "\n  query Runs($first: Int!, $after: String) {\n    segmentationRuns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          stage\n          progress\n          isActive\n          k\n          customerCount\n          createdAt\n          finishedAt\n          explanation {\n            fidelity\n          }\n        }\n      }\n    }\n  }\n": types.RunsDocument,
    "\n  mutation StartRun($input: StartSegmentationRunInput!) {\n    startSegmentationRun(input: $input) {\n      id\n    }\n  }\n": types.StartRunDocument,
    "\n  query RunProgress($id: ID!) {\n    segmentationRun(id: $id) {\n      id\n      name\n      status\n      stage\n      progress\n      error\n      cancelRequested\n      isActive\n      createdAt\n      startedAt\n      finishedAt\n    }\n  }\n": types.RunProgressDocument,
    "\n  query RunResult($id: ID!) {\n    segmentationRun(id: $id) {\n      id\n      k\n      customerCount\n      realtimeAssignedCount\n      parameters {\n        features\n        scaling\n        k\n        kMin\n        kMax\n        excludeSensitive\n      }\n      timings {\n        totalSeconds\n      }\n      kSelection {\n        recommendedK\n        elbowK\n        reason\n        rows {\n          k\n          inertia\n          silhouette\n        }\n      }\n      explanation {\n        fidelity\n        importances {\n          feature\n          importance\n        }\n      }\n      explanationTree {\n        id\n        parentId\n        depth\n        condition\n        feature\n        threshold\n        samples\n        segmentIndex\n        purity\n        isLeaf\n      }\n      pcaPoints {\n        x\n        y\n        segmentIndex\n      }\n      pcaCentroids {\n        x\n        y\n        segmentIndex\n      }\n      segments {\n        id\n        name\n        clusterIndex\n        size\n        share\n        archetype\n        rules {\n          text\n          conditions {\n            feature\n            min\n            max\n            text\n          }\n          coverage\n          precision\n        }\n      }\n      migrationMatrix {\n        fromRunId\n        cells {\n          fromSegmentId\n          fromSegmentName\n          toSegmentId\n          toSegmentName\n          customers\n        }\n      }\n    }\n  }\n": types.RunResultDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelSegmentationRun(id: $id) {\n      id\n      cancelRequested\n      status\n    }\n  }\n": types.CancelRunDocument,
    "\n  mutation ActivateRun($id: ID!) {\n    activateSegmentationRun(id: $id) {\n      id\n      isActive\n    }\n  }\n": types.ActivateRunDocument,
    "\n  query Segment($id: ID!) {\n    segment(id: $id) {\n      id\n      runId\n      name\n      description\n      archetype\n      clusterIndex\n      size\n      share\n      profile\n      standOut {\n        feature\n        segmentMean\n        overallMean\n        ratio\n        effectSize\n      }\n      rules {\n        text\n        conditions {\n          feature\n          min\n          max\n          text\n        }\n        coverage\n        precision\n        matched\n      }\n      associationRules {\n        antecedent\n        consequent\n        confidence\n        lift\n        overallLift\n        liftRatio\n        support\n      }\n    }\n  }\n": types.SegmentDocument,
    "\n  query SegmentMembers($id: ID!, $first: Int!, $after: String) {\n    segment(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            customerId\n            externalId\n            name\n            email\n            distance\n            source\n          }\n        }\n      }\n    }\n  }\n": types.SegmentMembersDocument,
    "\n  mutation UpdateSegment($id: ID!, $name: String, $description: String) {\n    updateSegment(id: $id, name: $name, description: $description) {\n      id\n      name\n      description\n    }\n  }\n": types.UpdateSegmentDocument,
    "\n  query SegmentCampaigns($segmentId: ID!) {\n    segmentKpis(segmentId: $segmentId) {\n      total {\n        reach\n        conversions\n        revenue\n      }\n      campaigns {\n        campaignId\n        campaignName\n        channel\n        status\n        kpis {\n          reach\n          conversions\n          conversionRate\n          revenue\n        }\n      }\n    }\n  }\n": types.SegmentCampaignsDocument,
    "\n  query Users {\n    users(first: 100) {\n      nodes {\n        id\n        email\n        name\n        role\n        createdAt\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation ChangeUserRole($userId: ID!, $role: UserRole!) {\n    changeUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation RemoveUser($userId: ID!) {\n    removeUser(userId: $userId)\n  }\n": types.RemoveUserDocument,
    "\n  query ApiKeys {\n    apiKeys(first: 100, includeInactive: true) {\n      nodes {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 100) {\n      edges {\n        node {\n          id\n          name\n          url\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhook($name: String!, $url: String!) {\n    createWebhookEndpoint(name: $name, url: $url) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookDocument,
    "\n  query ExportCustomer($customerId: Int!) {\n    exportCustomerData(customerId: $customerId)\n  }\n": types.ExportCustomerDocument,
    "\n  mutation EraseCustomer($customerId: Int!) {\n    eraseCustomer(customerId: $customerId) {\n      customerId\n      ordersDeleted\n      eventsDeleted\n      membershipsDeleted\n      campaignAudiencesDeleted\n    }\n  }\n": types.EraseCustomerDocument,
    "\n  query ShopSettings {\n    shopSettings {\n      currency\n      updatedAt\n    }\n  }\n": types.ShopSettingsDocument,
    "\n  mutation UpdateShopSettings($input: UpdateShopSettingsInput!) {\n    updateShopSettings(input: $input) {\n      currency\n      updatedAt\n    }\n  }\n": types.UpdateShopSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupStatus {\n    setupStatus {\n      needsOwner\n    }\n  }\n"): typeof import('./graphql').SetupStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      role\n      permissions\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      role\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOwner($email: String!, $password: String!, $name: String) {\n    createOwner(email: $email, password: $password, name: $name) {\n      role\n    }\n  }\n"): typeof import('./graphql').CreateOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns($first: Int!, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          channel\n          status\n          scheduledAt\n          budget\n          createdAt\n          segments {\n            id\n            name\n            size\n            clusterIndex\n            inActiveRun\n          }\n          audience {\n            totalCustomers\n            consentedCustomers\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignSegments {\n    segments {\n      id\n      name\n      clusterIndex\n      size\n    }\n  }\n"): typeof import('./graphql').CampaignSegmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudiencePreview($segmentIds: [ID!]!) {\n    audiencePreview(segmentIds: $segmentIds) {\n      totalCustomers\n      consentedCustomers\n      perSegment {\n        segmentId\n        name\n        size\n        consentedCount\n        audienceSize\n      }\n    }\n  }\n"): typeof import('./graphql').AudiencePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCampaignStatus($id: ID!, $status: CampaignStatus!) {\n    changeCampaignStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ChangeCampaignStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaignSchedule($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      scheduledAt\n    }\n  }\n"): typeof import('./graphql').UpdateCampaignScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiFigureFields on KpiFigures {\n    reach\n    conversions\n    conversionRate\n    revenue\n    revenuePerRecipient\n    cost\n    roi\n  }\n"): typeof import('./graphql').KpiFigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignKpis($campaignId: ID!) {\n    campaignKpis(campaignId: $campaignId) {\n      budget\n      total {\n        ...KpiFigureFields\n      }\n      unattributed {\n        ...KpiFigureFields\n      }\n      perSegment {\n        segmentId\n        segmentName\n        kpis {\n          ...KpiFigureFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCampaignResult($input: RecordCampaignResultInput!) {\n    recordCampaignResult(input: $input) {\n      id\n      segmentId\n      reach\n      conversions\n      revenue\n    }\n  }\n"): typeof import('./graphql').RecordCampaignResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($campaignId: ID!) {\n    webhookDeliveries(campaignId: $campaignId, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          endpointId\n          status\n          attempts\n          responseStatus\n          lastError\n          createdAt\n          deliveredAt\n          customerCount\n          pageCount\n          pagesDelivered\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendCampaignToWebhook($campaignId: ID!, $endpointId: ID!) {\n    sendCampaignToWebhook(campaignId: $campaignId, endpointId: $endpointId) {\n      id\n      status\n      customerCount\n    }\n  }\n"): typeof import('./graphql').SendCampaignToWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($first: Int!, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrderBy) {\n    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        externalId\n        name\n        email\n        totalSpent\n        orderCount\n        lastOrderAt\n        marketingConsent\n        segment {\n          segmentId\n          name\n          clusterIndex\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentOptions {\n    segments {\n      id\n      name\n      clusterIndex\n      size\n    }\n  }\n"): typeof import('./graphql').SegmentOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer($id: Int!) {\n    customer(id: $id) {\n      id\n      externalId\n      name\n      email\n      city\n      country\n      gender\n      birthDate\n      signupDate\n      income\n      marketingConsent\n      totalSpent\n      orderCount\n      firstOrderAt\n      lastOrderAt\n      segment {\n        segmentId\n        name\n        clusterIndex\n        source\n        assignedAt\n        distance\n      }\n      segmentExplanation {\n        text\n        rulesAgree\n        steps {\n          feature\n          condition\n          value\n        }\n      }\n      orders {\n        id\n        externalId\n        orderedAt\n        total\n        currency\n        lines {\n          id\n          sku\n          productName\n          quantity\n          lineTotal\n        }\n      }\n      events(first: 20) {\n        totalCount\n        nodes {\n          id\n          type\n          occurredAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPreview($importId: ID!) {\n    previewImport(importId: $importId) {\n      columns\n      rows\n      mapping {\n        column\n        field\n      }\n      fields {\n        name\n        required\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').ImportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateImportMapping($importId: ID!, $mapping: [ImportColumnMappingInput!]!) {\n    updateImportMapping(importId: $importId, mapping: $mapping) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateImportMappingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportCleaningFields on ImportCleaning {\n    totalRows\n    fenceMultiplier\n    columns {\n      column\n      field\n      kind\n      required\n      decimals\n      missingRows\n      invalidRows\n      valueCount\n      median\n      lowerFence\n      upperFence\n      fenceNote\n      lowOutlierRows\n      highOutlierRows\n      mostCommon\n      mostCommonRows\n      missingActions\n      outlierActions\n      choice {\n        missing\n        fillValue\n        outliers\n      }\n    }\n  }\n"): typeof import('./graphql').ImportCleaningFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportCleaning($importId: ID!) {\n    importCleaning(importId: $importId) {\n      ...ImportCleaningFields\n    }\n  }\n"): typeof import('./graphql').ImportCleaningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateImportCleaning($importId: ID!, $choices: [ImportCleaningChoiceInput!]!) {\n    updateImportCleaning(importId: $importId, choices: $choices) {\n      ...ImportCleaningFields\n    }\n  }\n"): typeof import('./graphql').UpdateImportCleaningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartImport($importId: ID!) {\n    startImport(importId: $importId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').StartImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      kind\n      mode\n      status\n      fileName\n      progress\n      totalRows\n      createdCount\n      updatedCount\n      skippedCount\n      errorCount\n      errorMessage\n      finishedAt\n      cleaningResult {\n        skippedRows\n        columns {\n          column\n          filledRows\n          cappedRows\n          skippedRows\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ImportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportErrors($importId: ID!, $first: Int!) {\n    importErrors(importId: $importId, first: $first) {\n      totalCount\n      nodes {\n        row\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportErrorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview {\n    customers(first: 1) {\n      totalCount\n    }\n    segmentationRuns(first: 10) {\n      edges {\n        node {\n          id\n          name\n          status\n          isActive\n          k\n          finishedAt\n          activatedAt\n          customerCount\n          realtimeAssignedCount\n          explanation {\n            fidelity\n          }\n        }\n      }\n    }\n    segments {\n      id\n      name\n      clusterIndex\n      size\n      share\n      profile\n    }\n    campaigns(first: 20, status: RUNNING) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          channel\n        }\n      }\n    }\n    importJobs(first: 5) {\n      nodes {\n        id\n        fileName\n        kind\n        status\n        createdAt\n        createdCount\n        updatedCount\n        errorCount\n      }\n    }\n  }\n"): typeof import('./graphql').OverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketingPlan($segmentId: ID!) {\n    segment(id: $segmentId) {\n      id\n      marketingPlan {\n        id\n        objective\n        kpi\n        kpiTarget\n        channels\n        offer\n        message\n        budget\n        startDate\n        endDate\n        status\n        updatedAt\n      }\n    }\n    suggestedMarketingPlan(segmentId: $segmentId) {\n      archetype\n      objective\n      kpi\n      kpiTarget\n      kpiTargetText\n      channels\n      offer\n      message\n      durationWeeks\n    }\n  }\n"): typeof import('./graphql').MarketingPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanHistory($planId: ID!) {\n    marketingPlanHistory(planId: $planId) {\n      id\n      createdAt\n      changedById\n      snapshot {\n        objective\n        kpi\n        kpiTarget\n        budget\n        status\n        channels\n      }\n    }\n  }\n"): typeof import('./graphql').PlanHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachPlan($segmentId: ID!, $input: MarketingPlanInput!) {\n    attachMarketingPlan(segmentId: $segmentId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AttachPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlan($id: ID!, $input: MarketingPlanInput!) {\n    updateMarketingPlan(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdatePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePlan($id: ID!) {\n    removeMarketingPlan(id: $id)\n  }\n"): typeof import('./graphql').RemovePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Runs($first: Int!, $after: String) {\n    segmentationRuns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          stage\n          progress\n          isActive\n          k\n          customerCount\n          createdAt\n          finishedAt\n          explanation {\n            fidelity\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRun($input: StartSegmentationRunInput!) {\n    startSegmentationRun(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunProgress($id: ID!) {\n    segmentationRun(id: $id) {\n      id\n      name\n      status\n      stage\n      progress\n      error\n      cancelRequested\n      isActive\n      createdAt\n      startedAt\n      finishedAt\n    }\n  }\n"): typeof import('./graphql').RunProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunResult($id: ID!) {\n    segmentationRun(id: $id) {\n      id\n      k\n      customerCount\n      realtimeAssignedCount\n      parameters {\n        features\n        scaling\n        k\n        kMin\n        kMax\n        excludeSensitive\n      }\n      timings {\n        totalSeconds\n      }\n      kSelection {\n        recommendedK\n        elbowK\n        reason\n        rows {\n          k\n          inertia\n          silhouette\n        }\n      }\n      explanation {\n        fidelity\n        importances {\n          feature\n          importance\n        }\n      }\n      explanationTree {\n        id\n        parentId\n        depth\n        condition\n        feature\n        threshold\n        samples\n        segmentIndex\n        purity\n        isLeaf\n      }\n      pcaPoints {\n        x\n        y\n        segmentIndex\n      }\n      pcaCentroids {\n        x\n        y\n        segmentIndex\n      }\n      segments {\n        id\n        name\n        clusterIndex\n        size\n        share\n        archetype\n        rules {\n          text\n          conditions {\n            feature\n            min\n            max\n            text\n          }\n          coverage\n          precision\n        }\n      }\n      migrationMatrix {\n        fromRunId\n        cells {\n          fromSegmentId\n          fromSegmentName\n          toSegmentId\n          toSegmentName\n          customers\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RunResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRun($id: ID!) {\n    cancelSegmentationRun(id: $id) {\n      id\n      cancelRequested\n      status\n    }\n  }\n"): typeof import('./graphql').CancelRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateRun($id: ID!) {\n    activateSegmentationRun(id: $id) {\n      id\n      isActive\n    }\n  }\n"): typeof import('./graphql').ActivateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Segment($id: ID!) {\n    segment(id: $id) {\n      id\n      runId\n      name\n      description\n      archetype\n      clusterIndex\n      size\n      share\n      profile\n      standOut {\n        feature\n        segmentMean\n        overallMean\n        ratio\n        effectSize\n      }\n      rules {\n        text\n        conditions {\n          feature\n          min\n          max\n          text\n        }\n        coverage\n        precision\n        matched\n      }\n      associationRules {\n        antecedent\n        consequent\n        confidence\n        lift\n        overallLift\n        liftRatio\n        support\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentMembers($id: ID!, $first: Int!, $after: String) {\n    segment(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            customerId\n            externalId\n            name\n            email\n            distance\n            source\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSegment($id: ID!, $name: String, $description: String) {\n    updateSegment(id: $id, name: $name, description: $description) {\n      id\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').UpdateSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentCampaigns($segmentId: ID!) {\n    segmentKpis(segmentId: $segmentId) {\n      total {\n        reach\n        conversions\n        revenue\n      }\n      campaigns {\n        campaignId\n        campaignName\n        channel\n        status\n        kpis {\n          reach\n          conversions\n          conversionRate\n          revenue\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users(first: 100) {\n      nodes {\n        id\n        email\n        name\n        role\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($userId: ID!, $role: UserRole!) {\n    changeUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').ChangeUserRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveUser($userId: ID!) {\n    removeUser(userId: $userId)\n  }\n"): typeof import('./graphql').RemoveUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys(first: 100, includeInactive: true) {\n      nodes {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 100) {\n      edges {\n        node {\n          id\n          name\n          url\n          active\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($name: String!, $url: String!) {\n    createWebhookEndpoint(name: $name, url: $url) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): typeof import('./graphql').DeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportCustomer($customerId: Int!) {\n    exportCustomerData(customerId: $customerId)\n  }\n"): typeof import('./graphql').ExportCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseCustomer($customerId: Int!) {\n    eraseCustomer(customerId: $customerId) {\n      customerId\n      ordersDeleted\n      eventsDeleted\n      membershipsDeleted\n      campaignAudiencesDeleted\n    }\n  }\n"): typeof import('./graphql').EraseCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopSettings {\n    shopSettings {\n      currency\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').ShopSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateShopSettings($input: UpdateShopSettingsInput!) {\n    updateShopSettings(input: $input) {\n      currency\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').UpdateShopSettingsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
