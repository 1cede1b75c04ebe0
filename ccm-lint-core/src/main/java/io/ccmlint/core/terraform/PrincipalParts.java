package io.ccmlint.core.terraform;

import io.ccmlint.core.edit.TerraformRoleEditor;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.principal.IamPrincipal;
import io.ccmlint.core.model.principal.PolicyAttachment;
import io.ccmlint.core.model.principal.Principals;
import io.ccmlint.core.model.principal.PrincipalKind;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.model.role.RoleEditor;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import java.util.ArrayList;
import java.util.List;

/** An {@code aws_iam_role}, {@code aws_iam_user} or {@code aws_iam_group} being assembled from its resource and those that point at it. */
final class PrincipalParts {
    final PrincipalKind kind;
    final String address;
    /** The address of the module instance it is in ({@code module.ccm.}, or empty). */
    final String module;
    final HclFile file;
    final HclBlock block;
    final String awsName;
    /** A role's assume-role policy, when readable. */
    PolicyDocument trust;
    /** Policies written in the principal or in a policy resource naming it ({@code aws_iam_role_policy}): listed first, as a role's policies always were. */
    final List<PolicyAttachment> inline = new ArrayList<>();
    /** Policies attached by ARN or reference. */
    final List<PolicyAttachment> attached = new ArrayList<>();
    PolicyAttachment boundary;
    /** A user's groups, in the order the memberships are written. */
    final List<Membership> groups = new ArrayList<>();

    /**
     * A user in a group: the group when it is one of this tree, else null, and then
     * {@code written} says which.
     *
     * @param at where the membership is written (the entry of {@code groups} or {@code users})
     */
    record Membership(PrincipalParts group, Scalar written, Span at) {
    }

    PrincipalParts(PrincipalKind kind, String address, String module, HclFile file, HclBlock block, String awsName) {
        this.kind = kind;
        this.address = address;
        this.module = module;
        this.file = file;
        this.block = block;
        this.awsName = awsName;
    }

    /** Its own policies, inline first. */
    List<PolicyAttachment> own() {
        List<PolicyAttachment> all = new ArrayList<>(inline);
        all.addAll(attached);
        return all;
    }

    Role role() {
        RoleEditor editor = TfJsonConverter.isTfJson(file.source()) ? RoleEditor.NONE
                : new TerraformRoleEditor(file.source(), block);
        return new Role(address, headerSpan(), awsName, trust, own(), boundary, editor);
    }

    /**
     * A user or group as a principal: a user also has each of its groups' policies, through the
     * group; a group this tree does not define may grant anything, so it is one policy that cannot
     * be read.
     */
    IamPrincipal principal() {
        List<PolicyAttachment> all = own();
        List<PrincipalParts> seen = new ArrayList<>();
        for (Membership m : groups) {
            if (m.group() == null) {
                all.add(new PolicyAttachment(null, m.at(), m.written(), m.written().display(), m.at()));
            } else if (!seen.contains(m.group())) {
                seen.add(m.group());
                m.group().own().forEach(p -> all.add(p.through(m.group().address, m.at())));
            }
        }
        return new IamPrincipal(kind, address, awsName, null, headerSpan(), Principals.once(all), boundary, null);
    }

    /** The block's type and labels: where findings about the whole principal go. */
    Span headerSpan() {
        var end = block.labels().isEmpty() ? block.typeSpan() : block.labels().get(block.labels().size() - 1).span();
        return block.typeSpan().union(end);
    }
}
