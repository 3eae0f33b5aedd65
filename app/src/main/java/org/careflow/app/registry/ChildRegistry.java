package org.careflow.app.registry;

import org.careflow.app.engine.RefusedDoor;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.careflow.app.pages.PageTexts;
import org.careflow.app.region.RegionRepository.VillageChain;
import org.careflow.app.registry.ReadAudit.Channel;
import org.careflow.app.registry.ReadAudit.What;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the registry, for the pages and the API alike: only within the reader's jurisdiction
 * (outside it a child is not found), and every read written to the audit log.
 */
@Component
class ChildRegistry {

  static final int SEARCH_LIMIT = 100;

  record Found(long id, String fullName, LocalDate birthDate, String villageCode, String category) {
  }

  private final ChildRecords records;
  private final RegistryAccess access;
  private final ReadAudit audit;
  private final ChildTimeline timelines;
  private final IdNumberProtection idNumbers;

  ChildRegistry(ChildRecords records, RegistryAccess access, ReadAudit audit, ChildTimeline timelines, IdNumberProtection idNumbers) {
    this.records = records;
    this.access = access;
    this.audit = audit;
    this.timelines = timelines;
    this.idNumbers = idNumbers;
  }

  @Transactional
  ChildRecordView read(long childId, Channel channel, String remoteAddress) {
    Authentication user = access.user();
    ChildRecord child = records.find(childId).orElseThrow(() -> new ChildNotFound(childId));
    VillageChain chain = access.chainIfVisible(user, child.villageCode()).orElseThrow(() -> new ChildNotFound(childId));
    audit.record(user.getUserId(), childId, channel, What.RECORD, remoteAddress);
    return view(child, chain, access.seesFullIdNumber(user, chain));
  }

  /** The child's timeline, in the words of {@code texts}. */
  @Transactional
  List<ChildTimeline.Entry> timeline(long childId, Channel channel, String remoteAddress, PageTexts texts) {
    Authentication user = visibleChild(childId);
    audit.record(user.getUserId(), childId, channel, What.TIMELINE, remoteAddress);
    return timelines.of(childId, texts);
  }

  /** By ID number (exact, through its keyed hash) or by a part of the name, within the reader's jurisdiction. */
  @Transactional
  List<Found> search(String text, Channel channel, String remoteAddress) {
    Authentication user = access.user();
    var villages = access.visibleVillages(user);
    String query = text == null ? "" : text.trim();
    List<ChildRecord> hits = IdNumbers.looksLikeOne(query)
        ? records.findByIdNumberHash(idNumbers.hash(query)).filter(child -> villages.contains(child.villageCode())).stream().toList()
        : records.searchByName(query, villages, SEARCH_LIMIT);
    audit.record(user.getUserId(), hits.stream().map(ChildRecord::id).toList(), channel, What.SEARCH, remoteAddress);
    return hits.stream().map(c -> new Found(c.id(), c.fullName(), c.birthDate(), c.villageCode(), c.category())).toList();
  }

  /** The reads of a child's record, for the county's managers (and administrators). */
  @Transactional
  List<ReadAudit.Entry> auditLog(long childId, Channel channel, String remoteAddress) {
    Authentication user = access.user();
    ChildRecord child = records.find(childId).orElseThrow(() -> new ChildNotFound(childId));
    VillageChain chain = access.chainIfVisible(user, child.villageCode()).orElseThrow(() -> new ChildNotFound(childId));
    if (!access.mayReadAudit(user, chain)) {
      throw new RefusedDoor("refusal.door.read-audit");
    }
    audit.record(user.getUserId(), childId, channel, What.AUDIT_LOG, remoteAddress);
    return audit.of(childId);
  }

  boolean mayReadAuditLog(long childId) {
    Authentication user = access.user();
    return records.find(childId).flatMap(child -> access.chainIfVisible(user, child.villageCode()))
        .map(chain -> access.mayReadAudit(user, chain)).orElse(false);
  }

  private Authentication visibleChild(long childId) {
    Authentication user = access.user();
    ChildRecord child = records.find(childId).orElseThrow(() -> new ChildNotFound(childId));
    access.chainIfVisible(user, child.villageCode()).orElseThrow(() -> new ChildNotFound(childId));
    return user;
  }

  private ChildRecordView view(ChildRecord child, VillageChain chain, boolean fullIdNumber) {
    String idNumber = child.idNumberCipher() == null ? null : idNumbers.decrypt(child.idNumberCipher());
    return new ChildRecordView(child.id(), child.fullName(), child.birthDate(),
        ChildRecordView.ageOn(child.birthDate(), LocalDate.now()), child.villageCode(), chain.village().name(),
        chain.township().code(), idNumber == null || fullIdNumber ? idNumber : IdNumbers.masked(idNumber),
        idNumber != null && !fullIdNumber, child.householdRegistration(), child.category(), child.disability(),
        child.schoolStatus(), child.guardians(), records.latestEntrustedGuardian(child.id()).orElse(null),
        child.registeredAt(), child.updatedAt());
  }
}
